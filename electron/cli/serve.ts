import path from 'node:path';
import { startStudio } from '../core/studio';
import { defaultDataDir } from '../core/paths';
import { parseCommandArgs, parsePort } from './args';
import { EXIT, type CliIo } from './io';

export const SERVE_HELP = `studio serve [--db FILE] [--data DIR] [--port N] [--host 127.0.0.1] [--no-demo]

Starts the studio core, serves the host window, the co-moderator console and
the overlay, and prints the host URL with its token. Runs until SIGINT/SIGTERM.
  --db FILE     the database (default: <data>/studio.db)
  --data DIR    the data folder (default: ${defaultDataDir()})
  --port N      port to listen on (default 4800; 0 picks a free one)
  --host ADDR   address to bind (default 127.0.0.1; 0.0.0.0 for LAN co-moderators)
  --no-demo     do not seed the demo boutique into an empty database
`;

export async function serveCommand(argv: string[], io: CliIo, opts: { untilSignal?: boolean } = {}): Promise<number> {
  const { values } = parseCommandArgs(argv, {
    db: { type: 'string' },
    data: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    'no-demo': { type: 'boolean' },
  });
  if (values.help) {
    io.stdout.write(SERVE_HELP);
    return EXIT.ok;
  }
  const dataDir = values.data ?? (values.db ? path.dirname(path.resolve(values.db)) : defaultDataDir(io.env));
  const studio = await startStudio({
    dataDir,
    dbFile: values.db,
    port: parsePort(values.port) ?? 4800,
    host: values.host,
    demo: !values['no-demo'],
  });
  // Listen for the stop signal before telling anyone we are up: a signal right after the banner must not kill us uncleanly.
  const stopped =
    opts.untilSignal === false
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          process.once('SIGINT', () => resolve());
          process.once('SIGTERM', () => resolve());
        });
  io.stdout.write(`Live Shopping Studio is running.\n`);
  io.stdout.write(`Host window:  ${studio.hostUrl}\n`);
  io.stdout.write(`Overlay URL:  ${studio.overlayUrl}\n`);
  io.stdout.write(`Data folder:  ${dataDir}\n`);
  await stopped;
  if (opts.untilSignal !== false) io.stdout.write('Stopping…\n');
  await studio.close();
  return EXIT.ok;
}
