import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PAGE_CSP } from '../../../electron/core/server/http';
import { mayNavigate, mayOpenExternally, permissionAllowed } from '../../../electron/shell/policy';

const root = path.resolve(__dirname, '../../..');

/** The object literal given as `webPreferences` to every `new BrowserWindow({...})` in main.ts, read from the source. */
function windowWebPreferences(): Record<string, unknown>[] {
  const file = path.join(root, 'electron/main.ts');
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Record<string, unknown>[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isNewExpression(node) && node.expression.getText() === 'BrowserWindow') {
      const options = node.arguments?.[0];
      if (!options || !ts.isObjectLiteralExpression(options)) throw new Error('new BrowserWindow without an options literal');
      const prefs = options.properties.find((p) => p.name?.getText() === 'webPreferences');
      if (!prefs || !ts.isPropertyAssignment(prefs) || !ts.isObjectLiteralExpression(prefs.initializer))
        throw new Error('new BrowserWindow without a webPreferences literal');
      const values: Record<string, unknown> = {};
      for (const p of prefs.initializer.properties) {
        if (!ts.isPropertyAssignment(p))
          throw new Error(`webPreferences entry ${p.getText()} is not a plain property (a spread hides options from review)`);
        const v = p.initializer;
        values[p.name.getText()] =
          v.kind === ts.SyntaxKind.TrueKeyword
            ? true
            : v.kind === ts.SyntaxKind.FalseKeyword
              ? false
              : ts.isStringLiteral(v)
                ? v.text
                : v.getText();
      }
      found.push(values);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the Electron shell', () => {
  it('gives every window isolation, a sandbox and no Node, and no way to webviews, insecure content or middle-click windows', () => {
    const windows = windowWebPreferences();
    expect(windows.length).toBeGreaterThan(0);
    for (const prefs of windows) {
      expect(prefs).toMatchObject({
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
        disableBlinkFeatures: 'Auxclick',
      });
      expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    }
  });

  it('installs the navigation, window-open, webview and permission guards', () => {
    const main = fs.readFileSync(path.join(root, 'electron/main.ts'), 'utf8');
    for (const guard of [
      "'will-navigate'",
      "'will-redirect'",
      "'will-attach-webview'",
      'setWindowOpenHandler',
      'setPermissionRequestHandler',
      'setPermissionCheckHandler',
    ])
      expect(main).toContain(guard);
    expect(main).toMatch(/return \{ action: 'deny' \}/);
    expect(main).not.toMatch(/action: 'allow'/);
  });

  it('navigates only within the studio and opens only https links outside it', () => {
    const studio = 'http://127.0.0.1:4310/';
    expect(mayNavigate('http://127.0.0.1:4310/console/?x=1', studio)).toBe(true);
    expect(mayNavigate('http://127.0.0.1:4311/', studio)).toBe(false);
    expect(mayNavigate('https://evil.example/', studio)).toBe(false);
    expect(mayNavigate('file:///etc/passwd', studio)).toBe(false);
    expect(mayNavigate('not a url', studio)).toBe(false);
    expect(mayOpenExternally('https://inpost.pl/sledzenie-przesylek?number=1')).toBe(true);
    for (const url of [
      'http://example.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://host/share',
      'https://user:pw@example.com/',
      'ms-msdt:x',
    ])
      expect(mayOpenExternally(url), url).toBe(false);
  });

  it('denies every permission but writing the clipboard', () => {
    expect(permissionAllowed('clipboard-sanitized-write')).toBe(true);
    for (const p of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'clipboard-read',
      'midi',
      'pointerLock',
      'fullscreen',
      'unknown',
    ])
      expect(permissionAllowed(p), p).toBe(false);
  });

  it('carries the pages’ CSP header in each page as a meta tag too (minus frame-ancestors)', () => {
    const expected = PAGE_CSP.split(';')
      .map((d) => d.trim())
      .filter((d) => !d.startsWith('frame-ancestors'))
      .join('; ');
    for (const page of ['renderer/index.html', 'renderer/console/index.html', 'renderer/overlay/index.html']) {
      const html = fs.readFileSync(path.join(root, page), 'utf8');
      const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
      expect(meta?.[1], page).toBe(expected);
    }
  });
});
