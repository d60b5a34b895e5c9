/**
 * Product pictures: local files are copied into the data folder's images/;
 * remote URLs are fetched only after an import has committed, each with a
 * short timeout and a size cap. A failure leaves the placeholder and a warning.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_IMAGE_BYTES } from '../../../shared/contract/message-size';
import { pendingImages, setImageResult } from '../store/catalog';
import { fetchPublicPicture, type PublicFetchOptions } from './public-fetch';
import type { Db } from '../store/db';

export const IMAGE_TIMEOUT_MS = 5000;

const EXT_BY_TYPE: Record<string, string> = { 'image/png': '.png', 'image/jpeg': '.jpg', 'image/gif': '.gif', 'image/webp': '.webp' };

/** Sniffs the picture type from its first bytes; SVG and anything else are refused (a picture is never a document). */
export function sniffImage(bytes: Uint8Array): string | null {
  const b = (i: number) => bytes[i];
  if (b(0) === 0x89 && b(1) === 0x50 && b(2) === 0x4e && b(3) === 0x47) return 'image/png';
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return 'image/jpeg';
  if (b(0) === 0x47 && b(1) === 0x49 && b(2) === 0x46) return 'image/gif';
  if (
    b(0) === 0x52 &&
    b(1) === 0x49 &&
    b(2) === 0x46 &&
    b(3) === 0x46 &&
    b(8) === 0x57 &&
    b(9) === 0x45 &&
    b(10) === 0x42 &&
    b(11) === 0x50
  )
    return 'image/webp';
  return null;
}

export const isRemote = (source: string) => /^https?:\/\//i.test(source);

/** Writes picture bytes into images/ under a fresh name; refuses what is not PNG/JPEG/GIF/WebP or too large. */
export function storeImageBytes(imagesDir: string, productId: number, bytes: Uint8Array): { file: string } | { error: string } {
  if (bytes.length > MAX_IMAGE_BYTES) return { error: `the picture is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; at most 10 MB` };
  const type = sniffImage(bytes);
  if (!type) return { error: 'not a PNG, JPEG, GIF or WebP picture' };
  fs.mkdirSync(imagesDir, { recursive: true });
  const file = `p${productId}-${randomBytes(6).toString('hex')}${EXT_BY_TYPE[type]}`;
  const tmp = path.join(imagesDir, `.${file}.tmp`);
  fs.writeFileSync(tmp, bytes);
  fs.renameSync(tmp, path.join(imagesDir, file));
  return { file };
}

export interface ImageWarning {
  imageId: number;
  productId: number;
  source: string;
  message: string;
}

/** Where a local source points: an absolute path, a file: URL, or a path relative to baseDir (the import file's folder). */
export function localPath(source: string, baseDir: string | null): string | null {
  if (/^file:/i.test(source)) return fileURLToPath(source);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) return null;
  if (path.isAbsolute(source)) return source;
  return baseDir ? path.resolve(baseDir, source) : null;
}

/** Where local pictures may be read from: the CLI's own file system, or nowhere (an import sent over the socket). */
export type LocalPictures = { from: 'file-system'; baseDir: string | null } | { from: 'nowhere' };

/** A picture's file must be a plain file: never a symlink (it could point anywhere), a device or a pipe. */
function readRegularFile(file: string): { bytes: Buffer } | { error: string } {
  const stat = fs.lstatSync(file);
  if (!stat.isFile()) return { error: `${file} is not a plain file (links, devices and folders are not read)` };
  if (stat.size > MAX_IMAGE_BYTES) return { error: `${file} is larger than 10 MB` };
  // O_NOFOLLOW: a file swapped for a link after the check is not followed either.
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
  try {
    return { bytes: fs.readFileSync(fd) };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Settles every pending local picture (fast, no network). From the CLI (`file-system`) they are
 * copied into images/; from an import sent over the socket (`nowhere`) they are refused without
 * touching the file system, with one message whatever the path, so a client learns nothing about
 * the studio's disk: over the socket, pictures travel as bytes (catalog.image.add) or as http(s) URLs.
 */
export function copyLocalImages(db: Db, imagesDir: string, local: LocalPictures): { done: number[]; warnings: ImageWarning[] } {
  const done: number[] = [];
  const warnings: ImageWarning[] = [];
  for (const img of pendingImages(db)) {
    if (isRemote(img.source)) continue;
    let result: { file: string } | { error: string };
    if (local.from === 'nowhere') result = { error: REMOTE_ONLY };
    else {
      const file = localPath(img.source, local.baseDir);
      if (!file)
        result = {
          error: /^[a-z][a-z0-9+.-]*:/i.test(img.source)
            ? 'only http(s) addresses and local files are fetched'
            : 'a relative path can only be read when importing from a file (CLI)',
        };
      else {
        try {
          const read = readRegularFile(file);
          result = 'error' in read ? read : storeImageBytes(imagesDir, img.productId, read.bytes);
        } catch (error) {
          result = { error: `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
        }
      }
    }
    if ('file' in result) setImageResult(db, img.id, { state: 'ready', file: result.file });
    else {
      setImageResult(db, img.id, { state: 'failed', error: result.error });
      warnings.push({ imageId: img.id, productId: img.productId, source: img.source, message: result.error });
    }
    done.push(img.productId);
  }
  return { done, warnings };
}

/** The one answer to a local picture in an import sent over the socket, whether or not the path exists. */
export const REMOTE_ONLY = 'an import sent to the studio takes pictures by http(s) address only; add a file as a picture in the editor';

/** A network stand-in for tests: the whole response comes from it (the address checks are public-fetch.ts's, tested there). */
async function downloadWith(fetchImpl: typeof fetch, url: string, timeoutMs: number): Promise<Uint8Array> {
  const signal = AbortSignal.timeout(timeoutMs);
  const res = await fetchImpl(url, { signal, redirect: 'error', headers: { accept: 'image/*' } });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const declared = Number(res.headers.get('content-length') ?? '0');
  if (declared > MAX_IMAGE_BYTES) throw new Error(`larger than 10 MB (${declared} bytes)`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes.length > MAX_IMAGE_BYTES) throw new Error('larger than 10 MB');
  return bytes;
}

export interface FetchOptions {
  timeoutMs?: number;
  concurrency?: number;
  /** Replaces the network entirely (unit tests); without it, pictures come from public addresses only (public-fetch.ts). */
  fetchImpl?: typeof fetch;
  /** Widens or answers the public-address checks (integration tests of public-fetch on loopback). */
  network?: Pick<PublicFetchOptions, 'isPublic' | 'resolve'>;
  /** Called after each picture settles (the studio publishes catalog.changed). */
  onSettled?: (productId: number) => void;
}

/**
 * Fetches every pending remote picture (a few at a time, each with its own
 * timeout). Never throws: a failure marks the picture failed and returns a warning.
 */
export async function fetchRemoteImages(
  db: Db,
  imagesDir: string,
  options: FetchOptions = {},
): Promise<{ ready: number; warnings: ImageWarning[] }> {
  const queue = pendingImages(db).filter((i) => isRemote(i.source));
  const warnings: ImageWarning[] = [];
  let ready = 0;
  const worker = async () => {
    for (;;) {
      const img = queue.shift();
      if (!img) return;
      let result: { file: string } | { error: string };
      try {
        const timeoutMs = options.timeoutMs ?? IMAGE_TIMEOUT_MS;
        const bytes = options.fetchImpl
          ? await downloadWith(options.fetchImpl, img.source, timeoutMs)
          : await fetchPublicPicture(img.source, { timeoutMs, maxBytes: MAX_IMAGE_BYTES, ...options.network });
        result = storeImageBytes(imagesDir, img.productId, bytes);
      } catch (error) {
        const e = error as Error;
        result = {
          error:
            e.name === 'TimeoutError' || e.name === 'AbortError'
              ? `no answer within ${options.timeoutMs ?? IMAGE_TIMEOUT_MS} ms`
              : ((e.cause as Error | undefined)?.message ?? e.message),
        };
      }
      if (!db.open) return;
      if ('file' in result) {
        setImageResult(db, img.id, { state: 'ready', file: result.file });
        ready++;
      } else {
        setImageResult(db, img.id, { state: 'failed', error: result.error });
        warnings.push({ imageId: img.id, productId: img.productId, source: img.source, message: result.error });
      }
      options.onSettled?.(img.productId);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  return { ready, warnings };
}
