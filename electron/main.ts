/**
 * The Electron shell: starts the same studio core in-process and opens the
 * host window on it. Only this file and preload.ts import 'electron'.
 */
import { app, BrowserWindow, safeStorage, session, shell } from 'electron';
import path from 'node:path';
import { FileSecretStore } from './core/secrets/file-secret-store';
import { dataPaths } from './core/paths';
import { startStudio, type Studio } from './core/studio';
import { mayNavigate, mayOpenExternally, permissionAllowed } from './shell/policy';

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
  const studioUrl = studio.hostUrl;
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionAllowed(permission)));
  ses.setPermissionCheckHandler((_contents, permission) => permissionAllowed(permission));
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!mayNavigate(url, studioUrl)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!mayNavigate(url, studioUrl)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    // New windows are never opened; an https link goes to the user's browser.
    contents.setWindowOpenHandler(({ url }) => {
      if (mayOpenExternally(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    backgroundColor: '#0f1117',
    title: 'Live Shopping Studio',
    // Written out here (not spread from a constant) so Electronegativity and the window-options test read them.
    webPreferences: {
      preload: path.join(__dirname, '../preload/preload.mjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Middle-click would open a link in a new window (the window-open handler denies it anyway).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  await win.loadURL(studioUrl);
}

app.whenReady().then(createWindow, (error: unknown) => {
  console.error(error);
  app.exit(1);
});
app.on('window-all-closed', () => app.quit());
app.on('before-quit', () => {
  void studio?.close();
});
