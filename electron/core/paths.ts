import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The user's data folder: the database, images, logs and the headless secret file live here. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.LSS_DATA_DIR) return env.LSS_DATA_DIR;
  const home = os.homedir();
  switch (process.platform) {
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', 'Live Shopping Studio');
    case 'win32':
      return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Live Shopping Studio');
    default:
      return path.join(env.XDG_DATA_HOME ?? path.join(home, '.local', 'share'), 'live-shopping-studio');
  }
}

export const dataPaths = (dataDir: string) => ({
  db: path.join(dataDir, 'studio.db'),
  images: path.join(dataDir, 'images'),
  logs: path.join(dataDir, 'logs'),
  secrets: path.join(dataDir, 'secrets.json'),
  /** LAN access's certificate and key. */
  tls: path.join(dataDir, 'tls'),
});

/**
 * Everything the studio writes is its owner's alone: buyers' data, tokens and the log. Set once at
 * the studio's start, so every file and folder it or SQLite creates is born private; the store and
 * the log also set their modes explicitly (files left by an older studio, and processes — worker
 * threads — that cannot change the umask).
 */
export function useOwnerOnlyUmask(): void {
  try {
    process.umask(0o077);
  } catch {
    // Worker threads may not change the process's umask; the explicit modes below still hold.
  }
}

/** Creates the folder if needed and makes it its owner's only (0700). */
export function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dir, 0o700);
}
