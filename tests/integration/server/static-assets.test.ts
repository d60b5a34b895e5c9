// The pages' code as a cold window fetches it: compressed when the browser accepts it (brotli, else
// gzip; the same bytes once decoded), plain otherwise; hashed assets kept a year, pages asked again.
// Needs the built pages (npm run build: scripts/build.mjs writes the .br and .gz files).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStudio } from '../../support/studio';

type TestStudio = Awaited<ReturnType<typeof startTestStudio>>;
let studio: TestStudio;
const assets = path.resolve('out/renderer/assets');

function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

beforeAll(async () => {
  if (!fs.existsSync(path.join(assets, '..', 'index.html'))) throw new Error('the pages are not built: run "npm run build"');
  studio = await startTestStudio();
});
afterAll(async () => {
  await studio?.dispose();
});

describe('the pages’ static files', () => {
  it('sends the largest script brotli- or gzip-compressed as accepted, the same bytes once decoded, plain to a client that accepts neither', async () => {
    const largest = fs
      .readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .sort((a, b) => fs.statSync(path.join(assets, b)).size - fs.statSync(path.join(assets, a)).size)[0]!;
    const plain = fs.readFileSync(path.join(assets, largest));
    const url = `${studio.baseUrl}/assets/${largest}`;

    const br = await get(url, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.length).toBeLessThan(plain.length / 3);
    expect(zlib.brotliDecompressSync(br.body).equals(plain)).toBe(true);

    const gz = await get(url, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).equals(plain)).toBe(true);

    const identity = await get(url);
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.equals(plain)).toBe(true);
    expect(identity.headers['content-type']).toMatch(/javascript/);
  });

  it('keeps hashed assets a year and asks for the page again each time; the page keeps its security headers', async () => {
    const script = fs.readdirSync(assets).find((f) => f.endsWith('.js'))!;
    expect((await get(`${studio.baseUrl}/assets/${script}`)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const page = await get(`${studio.baseUrl}/`, { 'accept-encoding': 'br' });
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const html = page.headers['content-encoding'] === 'br' ? zlib.brotliDecompressSync(page.body) : page.body;
    expect(html.toString()).toContain('<div id="root">');
  });
});
