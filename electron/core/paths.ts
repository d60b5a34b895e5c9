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
});
