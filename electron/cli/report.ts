/**
 * `studio report --db F [--show ID|last] [--format json|html|pdf] [--lang en|pl|kk] [--out FILE]`:
 * a show's report (README: Report definitions). JSON is the stable interface (the contract's
 * ShowReportSchema); HTML is one self-contained page; PDF an A4 document.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ShowReportSchema } from '../../shared/contract';
import { reportPdf } from '../core/documents/report';
import { ownChatAccounts, ReportService } from '../core/reports';
import { reportHtml } from '../core/reports/html';
import { REPORT_LANGUAGES, type ReportLanguage } from '../core/reports/text';
import { openDatabase } from '../core/store/db';
import { readSettings } from '../core/store/settings';
import { getShop } from '../core/store/shop';
import { databaseFile, parseCommandArgs } from './args';
import { resolveShowFlag } from './export';
import { EXIT, UsageError, type CliIo } from './io';

const FORMATS = ['json', 'html', 'pdf'] as const;

export const REPORT_HELP = `studio report [--db FILE] [--show ID|last] [--format json|html|pdf] [--lang en|pl|kk] [--out FILE]

A show's report: revenue, paid and unpaid, buyers (new and returning), chatters, questions and
their response times, per product, per minute, featured-product and scene segments, the trend of
earlier shows. Every figure is defined in the README, "Report definitions".
  --show ID|last   the show (default: last, the newest show that has started)
  --format F       json (default; the stable interface), html (one page) or pdf (A4)
  --lang L         the language of the html and pdf (default: the shop's, else en)
  --out FILE       write to FILE (atomically) instead of stdout (pdf: required)
Exit codes: 0 written, 1 failed, 2 usage error.
`;

export async function reportCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    db: { type: 'string' },
    show: { type: 'string' },
    format: { type: 'string' },
    lang: { type: 'string' },
    out: { type: 'string' },
  });
  if (values.help) {
    io.stdout.write(REPORT_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
  const format = values.format ?? 'json';
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be json, html or pdf, got ${JSON.stringify(format)}`);
  if (values.lang !== undefined && !(REPORT_LANGUAGES as readonly string[]).includes(values.lang))
    throw new UsageError(`--lang must be en, pl or kk, got ${JSON.stringify(values.lang)}`);
  if (format === 'pdf' && !values.out) throw new UsageError('--format pdf writes a file: give --out FILE');
  const file = databaseFile(values.db, io.env);
  if (!fs.existsSync(file)) {
    io.stderr.write(`studio report: ${file} does not exist\n`);
    return EXIT.failed;
  }

  const db = openDatabase({ file, busyTimeoutMs: 15_000 });
  let bytes: Buffer;
  try {
    const showId = resolveShowFlag(db, values.show);
    const report = new ReportService({ db, clock: () => Date.now(), ownAccounts: () => ownChatAccounts(readSettings(db)) }).show(showId);
    const shopLanguage = getShop(db)?.language;
    const language = (values.lang ??
      ((REPORT_LANGUAGES as readonly string[]).includes(shopLanguage ?? '') ? shopLanguage : 'en')) as ReportLanguage;
    if (format === 'json') bytes = Buffer.from(`${JSON.stringify(ShowReportSchema.parse(report), null, 2)}\n`);
    else if (format === 'html') bytes = Buffer.from(reportHtml(report, language));
    else bytes = await reportPdf(report, language);
  } finally {
    db.close();
  }
  if (values.out) {
    const tmp = path.join(path.dirname(path.resolve(values.out)), `.${path.basename(values.out)}.${process.pid}.tmp`);
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, values.out);
    io.stderr.write(`wrote ${values.out} (${bytes.length} bytes)\n`);
  } else io.stdout.write(bytes.toString('utf8'));
  return EXIT.ok;
}
