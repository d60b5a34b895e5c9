/**
 * Starts a real, headless OBS Studio (Debian's OBS 29 with obs-websocket 5.1)
 * on its own Xvfb display for integration tests and benchmarks.
 *
 * Everything lives in a throwaway HOME: global.ini (websocket on, preview off,
 * no wizard), a profile at 10 fps (the machine has 2 cores) and a scene
 * collection with a few scenes. The websocket port opens only after the
 * collection has loaded, so "port open" is our readiness signal.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { createConnection, createServer } from 'node:net';
import { join } from 'node:path';
import { tempDir } from './temp-db';

const APT_PACKAGES = 'obs-studio obs-plugins xvfb xauth libgl1-mesa-dri';

export const DEFAULT_TEST_SCENES = ['Intro', 'Product close-up', 'Talking head', 'Outro'] as const;

export interface ObsHarnessOptions {
  /** Scene names in OBS's own (top-down) order. */
  scenes?: readonly string[];
  /** Canvas size; small keeps the software renderer cheap. */
  width?: number;
  height?: number;
}

export interface RunningObs {
  url: string;
  port: number;
  password: string;
  home: string;
  recordDir: string;
  scenes: readonly string[];
  width: number;
  height: number;
  /** Kills OBS abruptly (a crash): SIGKILL to its process group. */
  crash(): Promise<void>;
  /** SIGSTOP: the socket stays open but nothing answers, like a machine waking from sleep. */
  freeze(): void;
  /** SIGCONT after freeze(). */
  thaw(): void;
  /** Starts OBS again with the same HOME, port and password; resolves once the port is open. */
  restart(): Promise<void>;
  /** Clean stop: SIGINT (finalises recordings), then the process group, then Xvfb; removes HOME. */
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function which(command: string): string | null {
  for (const dir of (process.env.PATH ?? '/usr/bin:/bin').split(':')) {
    const candidate = join(dir, command);
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** Mesa's software GL driver: without it OBS cannot render under Xvfb. */
function hasSoftwareGl(): boolean {
  const roots = ['/usr/lib', '/usr/lib64'];
  return roots.some((root) => {
    if (existsSync(join(root, 'dri', 'swrast_dri.so'))) return true;
    try {
      return readdirSync(root).some((dir) => dir.endsWith('-linux-gnu') && existsSync(join(root, dir, 'dri', 'swrast_dri.so')));
    } catch {
      return false;
    }
  });
}

/** Refuses loudly (never skips) when the system packages are missing. */
export function assertObsInstalled(): { obs: string; xvfb: string } {
  const obs = which('obs');
  const xvfb = which('Xvfb');
  const missing = [!obs && 'obs (obs-studio)', !xvfb && 'Xvfb (xvfb)', !hasSoftwareGl() && 'Mesa software GL (libgl1-mesa-dri)'].filter(
    Boolean,
  );
  if (missing.length > 0) {
    throw new Error(
      `The real-OBS tests need ${missing.join(', ')}, which are not installed. ` +
        `Install them with: sudo apt-get install -y ${APT_PACKAGES}`,
    );
  }
  return { obs: obs!, xvfb: xvfb! };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function portIsOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Xvfb picks a free display itself and writes its number to fd 3: no guessing, no races. */
async function startXvfb(xvfb: string): Promise<{ proc: ChildProcess; display: string }> {
  const proc = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1280x720x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stderr = '';
  proc.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const display = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb did not report a display within 10 s: ${stderr}`)), 10_000);
    const fd3 = proc.stdio[3] as NodeJS.ReadableStream;
    fd3.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${out.trim()}`);
      }
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited with ${code}: ${stderr}`));
    });
  });
  return { proc, display };
}

function globalIni(o: { port: number; password: string }): string {
  return `[General]
FirstRun=true
LastVersion=486539266
ConfirmOnExit=false
WarnBeforeStoppingRecord=false
WarnBeforeStoppingStream=false

[BasicWindow]
PreviewEnabled=false
SysTrayEnabled=false

[Basic]
Profile=Test
ProfileDir=Test
SceneCollection=Test
SceneCollectionFile=Test

[OBSWebSocket]
FirstLoad=false
ServerEnabled=true
ServerPort=${o.port}
AlertsEnabled=false
AuthRequired=true
ServerPassword=${o.password}
`;
}

function profileIni(o: { width: number; height: number; recordDir: string }): string {
  return `[General]
Name=Test

[Video]
BaseCX=${o.width}
BaseCY=${o.height}
OutputCX=${o.width}
OutputCY=${o.height}
FPSType=2
FPSNum=10
FPSDen=1

[Output]
Mode=Simple

[SimpleOutput]
FilePath=${o.recordDir}
RecFormat=mkv
RecFormat2=mkv
RecQuality=Stream
StreamEncoder=x264
RecEncoder=x264
VBitrate=300
Preset=ultrafast

[Audio]
SampleRate=44100
ChannelSetup=Stereo
`;
}

/** A scene collection: each scene holds one coloured background so screenshots show something. */
function sceneCollection(scenes: readonly string[], width: number, height: number): string {
  const colours = [0xff3a2a1e, 0xff1e3a2a, 0xff2a1e3a, 0xff3a3a1e, 0xff1e2a3a];
  const sources: unknown[] = [];
  scenes.forEach((name, i) => {
    const background = `${name} background`;
    sources.push({
      id: 'color_source_v3',
      versioned_id: 'color_source_v3',
      name: background,
      settings: { color: colours[i % colours.length], width, height },
      enabled: true,
      flags: 0,
      mixers: 0,
    });
    sources.push({
      id: 'scene',
      versioned_id: 'scene',
      name,
      settings: {
        id_counter: 1,
        custom_size: false,
        items: [
          { name: background, id: 1, visible: true, locked: false, pos: { x: 0, y: 0 }, scale: { x: 1, y: 1 }, align: 5, bounds_type: 0 },
        ],
      },
      enabled: true,
      flags: 0,
      mixers: 0,
    });
  });
  return JSON.stringify({
    name: 'Test',
    current_scene: scenes[0],
    current_program_scene: scenes[0],
    scene_order: scenes.map((name) => ({ name })),
    sources,
    groups: [],
    transitions: [],
    current_transition: 'Cut',
    transition_duration: 0,
    preview_locked: false,
    scaling_enabled: false,
    modules: {},
  });
}

export async function startObs(options: ObsHarnessOptions = {}): Promise<RunningObs> {
  const bins = assertObsInstalled();
  const scenes = options.scenes ?? DEFAULT_TEST_SCENES;
  const width = options.width ?? 640;
  const height = options.height ?? 360;

  const home = tempDir('lss-obs-');
  const config = join(home, '.config', 'obs-studio');
  const recordDir = join(home, 'recordings');
  const runtime = join(home, 'runtime');
  await mkdir(join(config, 'basic', 'profiles', 'Test'), { recursive: true });
  await mkdir(join(config, 'basic', 'scenes'), { recursive: true });
  await mkdir(recordDir, { recursive: true });
  await mkdir(runtime, { recursive: true, mode: 0o700 });

  const port = await freePort();
  // obs-websocket 5.1 listens on every interface: the password must not be guessable.
  const password = randomBytes(18).toString('base64url');
  await writeFile(join(config, 'global.ini'), globalIni({ port, password }));
  await writeFile(join(config, 'basic', 'profiles', 'Test', 'basic.ini'), profileIni({ width, height, recordDir }));
  await writeFile(join(config, 'basic', 'scenes', 'Test.json'), sceneCollection(scenes, width, height));

  const xvfb = await startXvfb(bins.xvfb);
  let obs: ChildProcess | null = null;
  let log = '';

  const launch = async () => {
    log = '';
    const child = spawn(
      bins.obs,
      ['--multi', '--disable-updater', '--disable-missing-files-check', '--websocket_port', String(port), '--websocket_password', password],
      {
        cwd: home,
        detached: true, // own process group: the recording muxer is a child we may need to signal
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          HOME: home,
          XDG_CONFIG_HOME: join(home, '.config'),
          XDG_RUNTIME_DIR: runtime,
          DISPLAY: xvfb.display,
          LIBGL_ALWAYS_SOFTWARE: '1',
          QT_QPA_PLATFORM: 'xcb',
        },
      },
    );
    const keep = (chunk: Buffer) => {
      log = (log + chunk.toString()).slice(-8000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    obs = child;
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`OBS exited (${child.exitCode ?? child.signalCode}) before its websocket opened. Last output:\n${log}`);
      }
      if (await portIsOpen(port)) return;
      await sleep(100);
    }
    throw new Error(`OBS websocket did not open on port ${port} within 30 s. Last output:\n${log}`);
  };

  const waitExit = (child: ChildProcess, ms: number) =>
    new Promise<boolean>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve(true);
      const timer = setTimeout(() => resolve(false), ms);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve(true);
      });
    });

  const signalGroup = (child: ChildProcess, signal: NodeJS.Signals) => {
    if (child.pid === undefined) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };

  const stopObsProcess = async () => {
    const child = obs;
    obs = null;
    if (!child) return;
    signalGroup(child, 'SIGCONT'); // a frozen OBS cannot handle SIGINT
    child.kill('SIGINT');
    if (!(await waitExit(child, 10_000))) {
      signalGroup(child, 'SIGTERM');
      if (!(await waitExit(child, 3_000))) signalGroup(child, 'SIGKILL');
      await waitExit(child, 3_000);
    }
    // A muxer left behind in the group would keep the recording open.
    signalGroup(child, 'SIGKILL');
  };

  try {
    await launch();
  } catch (error) {
    await stopObsProcess();
    signalGroup(xvfb.proc, 'SIGKILL');
    await rm(home, { recursive: true, force: true });
    throw error;
  }

  return {
    url: `ws://127.0.0.1:${port}`,
    port,
    password,
    home,
    recordDir,
    scenes,
    width,
    height,
    async crash() {
      const child = obs;
      obs = null;
      if (!child) return;
      signalGroup(child, 'SIGKILL');
      await waitExit(child, 5_000);
    },
    freeze() {
      if (obs) signalGroup(obs, 'SIGSTOP');
    },
    thaw() {
      if (obs) signalGroup(obs, 'SIGCONT');
    },
    async restart() {
      await stopObsProcess();
      // The port can linger briefly after a kill; OBS cannot bind until it is free.
      const deadline = Date.now() + 5_000;
      while ((await portIsOpen(port)) && Date.now() < deadline) await sleep(50);
      await launch();
    },
    async stop() {
      await stopObsProcess();
      signalGroup(xvfb.proc, 'SIGTERM');
      await waitExit(xvfb.proc, 3_000);
      await rm(home, { recursive: true, force: true });
    },
  };
}

/** Recording files written so far (for the record test). */
export async function listRecordings(obs: RunningObs): Promise<string[]> {
  return (await readdir(obs.recordDir)).map((name) => join(obs.recordDir, name));
}
