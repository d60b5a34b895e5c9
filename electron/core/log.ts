import fs from 'node:fs';
import path from 'node:path';
import pino, { type Logger } from 'pino';

export type Log = Logger;

/**
 * Structured JSON log to <data>/logs/studio.log. Anything that could carry a
 * secret is redacted by key, wherever it appears.
 */
export function createLog(logDir: string | null, level = process.env.LSS_LOG_LEVEL ?? 'info'): Log {
  const redact = {
    paths: ['*.password', '*.token', '*.secret', '*.apiKey', '*.key', 'password', 'token', 'secret', 'auth', '*.auth'],
    censor: '[secret]',
  };
  if (!logDir) return pino({ level: 'silent' });
  fs.mkdirSync(logDir, { recursive: true });
  const destination = pino.destination({ dest: path.join(logDir, 'studio.log'), sync: false, mkdir: true });
  return pino({ level, redact, base: { pid: process.pid } }, destination);
}
