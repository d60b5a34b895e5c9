/**
 * The headless entry: `studio <command>`. Every command lives in electron/cli/
 * and returns its exit code: 0 done, 1 refused or failed (reason on stderr), 2 usage error.
 */
import { NewerDatabaseError } from './core/store/db';
import { StudioError } from '../shared/contract';
import { SERVE_HELP, serveCommand } from './cli/serve';
import { IMPORT_HELP, importCommand } from './cli/import';
import { exportCommand, exportHelp } from './cli/export';
import { OBS_HELP, runObsCommand } from './cli/obs';
import { CLASSIFY_HELP, classifyCommand } from './cli/classify';
import { LISTEN_HELP, listenCommand } from './cli/listen';
import { REPORT_HELP, reportCommand } from './cli/report';
import { SEARCH_HELP, searchCommand } from './cli/search';
import { EXIT, UsageError, type CliIo } from './cli/io';

interface CommandEntry {
  summary: string;
  help: string;
  run(argv: string[], io: CliIo): Promise<number>;
}

const commands: Record<string, CommandEntry> = {
  serve: { summary: 'start the studio core and serve its pages', help: SERVE_HELP, run: (argv, io) => serveCommand(argv, io) },
  import: {
    summary: 'import products from a Shopify CSV or a studio JSON file',
    help: IMPORT_HELP,
    run: (argv, io) => importCommand(argv, io),
  },
  export: {
    summary: 'export the catalog, a show’s chat, orders or carts, or the customers',
    get help() {
      return exportHelp();
    },
    run: (argv, io) => exportCommand(argv, io),
  },
  obs: {
    summary: 'OBS status, scene list or scene switch, for scripts (no studio needed)',
    help: OBS_HELP,
    run: (argv, io) => runObsCommand(argv, io),
  },
  classify: {
    summary: 'dry run of the chat intent engine: JSONL messages in, intents out',
    help: CLASSIFY_HELP,
    run: (argv, io) => classifyCommand(argv, io),
  },
  listen: {
    summary: 'record chat (Twitch, YouTube or a replay) into a show, taking its orders; prints counts',
    help: LISTEN_HELP,
    run: (argv, io) => listenCommand(argv, io),
  },
  report: {
    summary: "a show's report (revenue, buyers, questions, per product, per minute, segments) as json, html or pdf",
    help: REPORT_HELP,
    run: (argv, io) => reportCommand(argv, io),
  },
  search: {
    summary: "search every show's chat (filters: show, platform, intent); text or JSON",
    help: SEARCH_HELP,
    run: (argv, io) => searchCommand(argv, io),
  },
};

function mainHelp(): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length));
  const rows = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `Live Shopping Studio (headless)

Usage: studio <command> [options]     studio <command> --help

Commands:
${rows.join('\n')}
`;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.stdout : io.stderr).write(mainHelp());
    return name ? EXIT.ok : EXIT.usage;
  }
  const entry = commands[name];
  if (!entry) {
    io.stderr.write(`studio: unknown command "${name}"\n\n${mainHelp()}`);
    return EXIT.usage;
  }
  try {
    return await entry.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`studio ${name}: ${error.message}\n\n${entry.help}`);
      return EXIT.usage;
    }
    if (error instanceof StudioError || error instanceof NewerDatabaseError) {
      io.stderr.write(`studio ${name}: ${error.message}\n`);
      return EXIT.failed;
    }
    io.stderr.write(`studio ${name}: ${(error as Error).message ?? String(error)}\n`);
    return EXIT.failed;
  }
}
