/**
 * Sizes of what travels over the socket, with no zod: the renderer's client imports this file, and
 * a page that loads zod trips the CSP (zod probes whether it may compile with new Function).
 */
import { keyedError } from './error-values';
import type { StudioErrorShape } from './errors';

/** A picture sent as bytes (catalog.image.add) or fetched for an import: PNG, JPEG, GIF or WebP, at most 10 MiB. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** The same picture as base64 text, as it travels in catalog.image.add. */
export const MAX_IMAGE_BASE64_CHARS = Math.ceil(MAX_IMAGE_BYTES / 3) * 4;
/**
 * The largest message one command may be on the socket: the largest input (a picture) with room
 * for its other fields and the framing. The server's transport buffer is this size, and clients
 * refuse to send more, so a too-big input is always a typed error, never a dropped connection.
 */
export const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

/** What a client checks before it sends a command: a message the transport would drop is a typed error instead. */
export function oversizeMessageError(name: string, input: unknown): StudioErrorShape | null {
  const json = input === undefined ? '' : JSON.stringify(input);
  // UTF-8 takes at most 3 bytes per UTF-16 unit: encode only when the text could be too big.
  if (json.length * 3 <= MAX_MESSAGE_BYTES - 4096) return null;
  const bytes = new TextEncoder().encode(json).length;
  if (bytes <= MAX_MESSAGE_BYTES - 4096) return null;
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return keyedError(
    'invalid_input',
    'messageTooBig',
    { command: name, size: mb(bytes), max: mb(MAX_MESSAGE_BYTES), picture: mb(MAX_IMAGE_BYTES) },
    [{ path: '(input)', message: `at most ${mb(MAX_MESSAGE_BYTES)} MB` }],
  );
}
