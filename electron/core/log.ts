import fs from 'node:fs';
import path from 'node:path';
import pino, { type Logger } from 'pino';
import { RotatingLogFile, type LogRotation } from './log-file';

export type Log = Logger;

/** 10 MB × 5 files: enough for weeks of shows, and a ceiling a flood of refused connections cannot pass. */
export const LOG_ROTATION: LogRotation = { maxBytes: 10 * 1024 * 1024, files: 5 };

/**
 * Structured JSON log to <data>/logs/studio.log, rotated by size (LOG_ROTATION), readable by its
 * owner only. Anything that could carry a secret is redacted by key, wherever it appears.
 */
export function createLog(logDir: string | null, level = process.env.LSS_LOG_LEVEL ?? 'info', rotation = LOG_ROTATION): Log {
  const redact = {
    paths: ['*.password', '*.token', '*.secret', '*.apiKey', '*.key', 'password', 'token', 'secret', 'auth', '*.auth'],
    censor: '[secret]',
  };
  if (!logDir) return pino({ level: 'silent' });
  fs.mkdirSync(logDir, { recursive: true, mode: 0o700 });
  fs.chmodSync(logDir, 0o700);
  const destination = new RotatingLogFile(path.join(logDir, 'studio.log'), rotation);
  return pino({ level, redact, base: { pid: process.pid } }, destination);
}
