/**
 * `studio search --db F QUERY [--show ID] [--platform P] [--intent order|question|other] [--limit N] [--format text|json]`:
 * every show's chat searched (SQLite FTS5; Latin letters folded, ł too; Cyrillic and Kazakh as written),
 * newest first. Reads only.
 */
import fs from 'node:fs';
import { ChatIntentSchema, PlatformSchema } from '../../shared/contract';
import { ftsQuery } from '../../shared/domain/search-fold';
import { openDatabase } from '../core/store/db';
import { searchChat } from '../core/store/search';
import { getShow } from '../core/store/shows';
import { databaseFile, parseCommandArgs } from './args';
import { EXIT, UsageError, type CliIo } from './io';

export const SEARCH_HELP = `Usage: studio search [--db FILE] QUERY [--show ID] [--platform P] [--intent order|question|other] [--limit N] [--format text|json]

Searches every show's chat, newest first. Words are matched from their start ("czerw" finds "czerwone");
Polish and other Latin letters are folded ("lodz" finds "łódź"); Cyrillic and Kazakh letters as written.
  --show ID       only this show
  --platform P    only this platform (${PlatformSchema.options.join(', ')})
  --intent I      only messages that made an order, asked a question, or neither
  --limit N       at most N hits (default 50)
  --format F      text (default: one hit per line) or json (one object with the hits)
Exit codes: 0 searched (also when nothing matched), 1 failed, 2 usage error.
`;

export async function searchCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    db: { type: 'string' },
    show: { type: 'string' },
    platform: { type: 'string' },
    intent: { type: 'string' },
    limit: { type: 'string' },
    format: { type: 'string' },
  });
  if (values.help) {
    io.stdout.write(SEARCH_HELP);
    return EXIT.ok;
  }
  const query = positionals.join(' ').trim();
  if (!query) throw new UsageError('QUERY is required');
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format takes text or json, got ${JSON.stringify(format)}`);
  const limit = values.limit === undefined ? 50 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000)
    throw new UsageError(`--limit takes 1-10000, got ${JSON.stringify(values.limit)}`);
  const showId = values.show === undefined ? undefined : Number(values.show);
  if (showId !== undefined && (!Number.isInteger(showId) || showId <= 0))
    throw new UsageError(`--show takes a show id, got ${JSON.stringify(values.show)}`);
  const platform = values.platform === undefined ? undefined : PlatformSchema.safeParse(values.platform);
  if (platform && !platform.success)
    throw new UsageError(`--platform takes ${PlatformSchema.options.join(', ')}, got ${JSON.stringify(values.platform)}`);
  const intent = values.intent === undefined ? undefined : ChatIntentSchema.safeParse(values.intent);
  if (intent && !intent.success) throw new UsageError(`--intent takes order, question or other, got ${JSON.stringify(values.intent)}`);

  const file = databaseFile(values.db, io.env);
  if (!fs.existsSync(file)) {
    io.stderr.write(`studio search: ${file} does not exist\n`);
    return EXIT.failed;
  }
  const db = openDatabase({ file, busyTimeoutMs: 15_000 });
  try {
    if (showId !== undefined && !getShow(db, showId)) {
      io.stderr.write(`studio search: no show ${showId} in this database\n`);
      return EXIT.failed;
    }
    const match = ftsQuery(query);
    const rows = match === null ? [] : searchChat(db, { match, showId, platform: platform?.data, intent: intent?.data, limit });
    const hits = rows.slice(0, limit);
    if (format === 'json') {
      const out = hits.map((h) => ({ ...h, at: new Date(h.at).toISOString() }));
      io.stdout.write(`${JSON.stringify({ query, hits: out, more: rows.length > limit })}\n`);
    } else {
      for (const h of hits)
        io.stdout.write(
          `${new Date(h.at).toISOString()}  show ${h.showId ?? '-'}  ${h.platform}  ${h.buyerName}: ${h.text.replace(/[\r\n]+/g, ' ')}  [${h.intent}, #${h.seq}]\n`,
        );
      if (rows.length > limit) io.stdout.write(`… more than ${limit} hits: narrow the search or raise --limit\n`);
      if (hits.length === 0) io.stderr.write('no messages matched\n');
    }
    return EXIT.ok;
  } finally {
    db.close();
  }
}
