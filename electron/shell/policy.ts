/**
 * What the Electron shell allows, as plain data and functions (no 'electron' import), so a unit
 * test checks the handlers main.ts installs (tests/unit/shell/window-options.test.ts also reads
 * the window's webPreferences from main.ts itself, where Electronegativity scans them).
 * The host window shows only the studio's own pages from its local server: no Node in the page,
 * no navigation away, no new windows, no permissions beyond writing the clipboard (copy-only
 * payment requests and invite links).
 */

/** The window may only load pages of the studio's own origin (its local server). */
export function mayNavigate(url: string, studioUrl: string): boolean {
  try {
    return new URL(url).origin === new URL(studioUrl).origin;
  } catch {
    return false;
  }
}

/**
 * Links the studio shows (a platform's help page, a tracking link) open in the user's browser,
 * over https only: never file:, javascript:, smb: or a custom protocol handler.
 */
export function mayOpenExternally(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/** Permissions the page may have: writing the clipboard only. Camera, microphone, notifications, geolocation, … are denied. */
export const GRANTED_PERMISSIONS: readonly string[] = ['clipboard-sanitized-write'];

export function permissionAllowed(permission: string): boolean {
  return GRANTED_PERMISSIONS.includes(permission);
}
