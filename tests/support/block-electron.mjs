// Node module hook: makes the 'electron' package unresolvable, as on a machine without Electron.
// Used by the test that proves the built core runs under plain Node.
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(`
export async function resolve(specifier, context, next) {
  if (specifier === 'electron' || specifier.startsWith('electron/')) {
    const error = new Error("Cannot find package 'electron' (blocked: the studio core must not need it)");
    error.code = 'ERR_MODULE_NOT_FOUND';
    throw error;
  }
  return next(specifier, context);
}`),
);
