/**
 * The Electron shell: starts the same studio core in-process and opens the
 * host window on it. Only this file and preload.ts import 'electron'.
 */
import { app, BrowserWindow, safeStorage, shell } from 'electron';
import path from 'node:path';
import { FileSecretStore } from './core/secrets/file-secret-store';
import { dataPaths } from './core/paths';
import { startStudio, type Studio } from './core/studio';

let studio: Studio | null = null;

async function createWindow(): Promise<void> {
  const dataDir = app.getPath('userData');
  // Secrets are encrypted with the OS keychain through safeStorage; the file holds ciphertext only.
  const secrets = new FileSecretStore(dataPaths(dataDir).secrets.replace(/\.json$/, '.safe.json'), {
    encode: (v) => safeStorage.encryptString(v).toString('base64'),
    decode: (v) => safeStorage.decryptString(Buffer.from(v, 'base64')),
  });
  studio = await startStudio({
    dataDir,
    port: 0,
    demo: true,
    secrets,
    // better-sqlite3 rebuilt for Electron's ABI lives beside the app: a manual step, not yet scripted (README "Electron and packaging").
    nativeBinding: app.isPackaged ? path.join(process.resourcesPath, 'better_sqlite3.node') : process.env.LSS_ELECTRON_SQLITE_BINDING,
  });
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    backgroundColor: '#0f1117',
    title: 'Live Shopping Studio',
    webPreferences: { preload: path.join(__dirname, '../preload/preload.mjs'), contextIsolation: true, sandbox: true },
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    void shell.openExternal(url);
    return { action: 'deny' };
  });
  await win.loadURL(studio.hostUrl);
}

app.whenReady().then(createWindow, (error: unknown) => {
  console.error(error);
  app.exit(1);
});
app.on('window-all-closed', () => app.quit());
app.on('before-quit', () => {
  void studio?.close();
});
