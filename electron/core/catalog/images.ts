/**
 * Product pictures: local files are copied into the data folder's images/;
 * remote URLs are fetched only after an import has committed, each with a
 * short timeout and a size cap. A failure leaves the placeholder and a warning.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_IMAGE_BYTES } from '../../../shared/contract/catalog';
import { pendingImages, setImageResult } from '../store/catalog';
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

/** Copies every pending local picture into images/ (fast, no network); marks what cannot be read as failed. */
export function copyLocalImages(db: Db, imagesDir: string, baseDir: string | null): { done: number[]; warnings: ImageWarning[] } {
  const done: number[] = [];
  const warnings: ImageWarning[] = [];
  for (const img of pendingImages(db)) {
    if (isRemote(img.source)) continue;
    const file = localPath(img.source, baseDir);
    let result: { file: string } | { error: string };
    if (!file)
      result = {
        error: /^[a-z][a-z0-9+.-]*:/i.test(img.source)
          ? 'only http(s) addresses and local files are fetched'
          : 'a relative path can only be read when importing from a file (CLI)',
      };
    else {
      try {
        const stat = fs.statSync(file);
        result =
          stat.size > MAX_IMAGE_BYTES
            ? { error: `${file} is larger than 10 MB` }
            : storeImageBytes(imagesDir, img.productId, fs.readFileSync(file));
      } catch (error) {
        result = { error: `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
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

async function download(url: string, timeoutMs: number, fetchImpl: typeof fetch): Promise<Uint8Array> {
  const signal = AbortSignal.timeout(timeoutMs);
  const res = await fetchImpl(url, { signal, redirect: 'follow', headers: { accept: 'image/*' } });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const declared = Number(res.headers.get('content-length') ?? '0');
  if (declared > MAX_IMAGE_BYTES) throw new Error(`larger than 10 MB (${declared} bytes)`);
  const reader = res.body?.getReader();
  if (!reader) return new Uint8Array(await res.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > MAX_IMAGE_BYTES) {
      await reader.cancel();
      throw new Error('larger than 10 MB');
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export interface FetchOptions {
  timeoutMs?: number;
  concurrency?: number;
  fetchImpl?: typeof fetch;
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
        const bytes = await download(img.source, options.timeoutMs ?? IMAGE_TIMEOUT_MS, options.fetchImpl ?? fetch);
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
