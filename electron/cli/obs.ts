/**
 * `studio obs`: OBS from scripts, without the studio running.
 * Connects once (no retries: a script wants an answer), does one thing, disconnects.
 */
import { readFile } from 'node:fs/promises';
import { StudioError } from '../../shared/contract/errors';
import { createObsController, type ObsController, type ObsStatus } from '../core/obs';
import { parseCommandArgs } from './args';
import { EXIT, UsageError, type CliIo } from './io';

export const OBS_HELP = `studio obs [--url ws://HOST:PORT] [--password-file FILE] status|scenes|switch NAME

Talks to OBS Studio through obs-websocket (protocol v5, OBS 28 or newer).
  status          the connection state and the current program scene
  scenes          one scene name a line, in OBS's own order (top to bottom)
  switch NAME     make NAME the program scene (through the transition in studio mode)
  --url URL       obs-websocket address (default ws://127.0.0.1:4455)
  --password-file FILE
                  a file holding the obs-websocket password (trailing newline ignored);
                  leave out when OBS has authentication off
  --timeout MS    how long to wait for OBS to answer the connection (default 10000)
Exit codes: 0 done, 1 OBS refused or unreachable (reason on stderr), 2 usage error.
`;

type Action = { kind: 'status' } | { kind: 'scenes' } | { kind: 'switch'; scene: string };

function parseAction(positionals: string[]): Action {
  const [verb, ...rest] = positionals;
  if (!verb) throw new UsageError('say what to do: status, scenes or switch NAME');
  if (verb === 'status' || verb === 'scenes') {
    if (rest.length > 0) throw new UsageError(`"${verb}" takes no arguments, got: ${rest.join(' ')}`);
    return { kind: verb };
  }
  if (verb === 'switch') {
    // Scene names may contain spaces: accept them quoted or as several words.
    const scene = rest.join(' ').trim();
    if (!scene) throw new UsageError('switch needs a scene name: studio obs switch "Scene name"');
    return { kind: 'switch', scene };
  }
  throw new UsageError(`unknown action "${verb}" (status, scenes or switch NAME)`);
}

function parseUrl(value: string | undefined): string {
  const url = value ?? 'ws://127.0.0.1:4455';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`--url must look like ws://HOST:PORT, got ${JSON.stringify(url)}`);
  }
  if (parsed.protocol !== 'ws:' && parsed.protocol !== 'wss:')
    throw new UsageError(`--url must start with ws:// or wss://, got ${JSON.stringify(url)}`);
  return url;
}

async function readPassword(file: string | undefined): Promise<string | undefined> {
  if (file === undefined) return undefined;
  try {
    return (await readFile(file, 'utf8')).replace(/\r?\n$/, '');
  } catch (error) {
    throw StudioError.of('invalid_input', 'cannotReadPasswordFile', {
      file,
      error: (error as NodeJS.ErrnoException).code ?? (error as Error).message,
    });
  }
}

/** Resolves with the first state after 'connecting': connected, failed (auth) or reconnecting (unreachable). */
function firstOutcome(controller: ObsController, states: ObsStatus[], timeoutMs: number): Promise<ObsStatus> {
  return new Promise((resolve) => {
    const started = Date.now();
    const check = () => {
      const settled = states.find((s) => s.state === 'connected' || s.state === 'failed' || s.state === 'reconnecting');
      if (settled) return resolve(settled.state === 'connected' ? controller.status() : settled);
      if (Date.now() - started > timeoutMs)
        return resolve({
          ...controller.status(),
          state: 'reconnecting',
          detail: `no answer from OBS at ${controller.status().url} within ${timeoutMs} ms`,
        });
      setTimeout(check, 10);
    };
    check();
  });
}

export async function runObsCommand(argv: string[], io: CliIo): Promise<number> {
  let action: Action;
  let url: string;
  let values: { 'password-file'?: string; timeout?: string; help?: boolean };
  try {
    const parsed = parseCommandArgs(argv, { url: { type: 'string' }, 'password-file': { type: 'string' }, timeout: { type: 'string' } });
    values = parsed.values;
    if (values.help) {
      io.stdout.write(OBS_HELP);
      return EXIT.ok;
    }
    url = parseUrl(parsed.values.url);
    action = parseAction(parsed.positionals);
    if (values.timeout !== undefined && !(Number(values.timeout) > 0))
      throw new UsageError('--timeout must be a positive number of milliseconds');
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`studio obs: ${error.message}\n\n${OBS_HELP}`);
    return EXIT.usage;
  }

  let password: string | undefined;
  try {
    password = await readPassword(values['password-file']);
  } catch (error) {
    io.stderr.write(`studio obs: ${(error as Error).message}\n`);
    return EXIT.failed;
  }

  const states: ObsStatus[] = [];
  const controller = createObsController({ url, password, onState: (s) => states.push(s), onTimeline: () => {}, statsIntervalMs: 0 });
  controller.start();
  try {
    const outcome = await firstOutcome(controller, states, Number(values.timeout ?? 10_000));
    if (outcome.state === 'failed') {
      io.stderr.write(`studio obs: OBS at ${url} refused the connection (${outcome.detail}). Check --password-file.\n`);
      return EXIT.failed;
    }
    if (outcome.state !== 'connected') {
      io.stderr.write(`studio obs: ${(outcome.detail ?? `cannot reach OBS at ${url}`).replace(/; retrying in .*$/, '')}\n`);
      return EXIT.failed;
    }
    switch (action.kind) {
      case 'status': {
        const scenes = await controller.listScenes();
        io.stdout.write(`state: ${outcome.state}\nprogram scene: ${scenes.programScene ?? '(none)'}\n`);
        if (scenes.studioMode) io.stdout.write(`preview scene: ${scenes.previewScene ?? '(none)'}\nstudio mode: on\n`);
        return EXIT.ok;
      }
      case 'scenes': {
        const { scenes } = await controller.listScenes();
        io.stdout.write(scenes.map((name) => `${name}\n`).join(''));
        return EXIT.ok;
      }
      case 'switch': {
        const result = await controller.switchScene(action.scene);
        io.stdout.write(`program scene: ${result.scene}${result.route === 'preview-transition' ? ' (via studio-mode transition)' : ''}\n`);
        return EXIT.ok;
      }
    }
  } catch (error) {
    io.stderr.write(`studio obs: ${(error as Error).message}\n`);
    return EXIT.failed;
  } finally {
    await controller.stop();
  }
}
