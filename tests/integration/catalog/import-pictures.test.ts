// Pictures named by an import: over the socket only http(s) addresses are taken (a path or file:
// URL is refused with one message whether or not it exists, and nothing is read); remote pictures
// come from public addresses only, checked on the address actually connected to at every hop.
// A real HTTP server on loopback records every request it gets: a refused address gets none.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../shared/contract';
import { fetchPublicPicture } from '../../../electron/core/catalog/public-fetch';
import { connectClient } from '../../support/client';
import { startTestStudio } from '../../support/studio';
import { tempDir } from '../../support/temp-db';

const PNG = fs.readFileSync(path.resolve('tests/fixtures/shopify/images/kolczyki.png'));
const hits: string[] = [];
let server: http.Server;
let port: number;
/** 127.0.0.2 stands for "the internet" in these tests (Linux routes all of 127/8 to loopback). */
const INTERNET = '127.0.0.2';
const asInternet = { isPublic: (a: string) => a === INTERNET };

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits.push(`${req.headers.host} ${req.url}`);
    if (req.url === '/pic.png') res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
    else if (req.url === '/page') res.writeHead(200, { 'content-type': 'text/html' }).end('<html>');
    else if (req.url === '/huge.png') res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(2048, 1));
    else if (req.url?.startsWith('/to?')) res.writeHead(302, { location: decodeURIComponent(req.url.slice(4)) }).end();
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '0.0.0.0', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
afterEach(() => {
  hits.length = 0;
});

const fetchPic = (url: string, extra: Partial<Parameters<typeof fetchPublicPicture>[1]> = {}) =>
  fetchPublicPicture(url, { timeoutMs: 5000, maxBytes: 1024 * 1024, ...extra }).then(
    (bytes) => ({ ok: bytes.length }),
    (e: Error) => ({ refused: e.message }),
  );

describe('remote pictures only from public addresses', () => {
  it('refuses loopback and private addresses in every spelling, before connecting', async () => {
    for (const url of [
      `http://127.0.0.1:${port}/pic.png`,
      `http://0x7f000001:${port}/pic.png`,
      `http://2130706433:${port}/pic.png`,
      `http://0177.0.0.1:${port}/pic.png`,
      `http://[::1]:${port}/pic.png`,
      `http://[::ffff:127.0.0.1]:${port}/pic.png`,
      `http://[::ffff:7f00:1]:${port}/pic.png`,
      `http://localhost:${port}/pic.png`,
      `http://10.0.0.1:${port}/pic.png`,
      `http://192.168.1.1/pic.png`,
      `http://169.254.169.254/latest/meta-data`,
      `ftp://example.com/pic.png`,
      `file:///etc/hostname`,
    ]) {
      expect(await fetchPic(url), url).toEqual({ refused: expect.any(String) });
    }
    expect(hits).toEqual([]);
  });

  it('refuses a name that resolves to a private address, even among public ones', async () => {
    const resolve = async () => [
      { address: INTERNET, family: 4 as const },
      { address: '127.0.0.1', family: 4 as const },
    ];
    expect(await fetchPic(`http://mixed.example:${port}/pic.png`, { ...asInternet, resolve })).toEqual({
      refused: expect.stringMatching(/not a public address/),
    });
    expect(hits).toEqual([]);
  });

  it('connects to the address it checked (no second lookup) and fetches a picture from it', async () => {
    const resolve = async () => [{ address: INTERNET, family: 4 as const }];
    expect(await fetchPic(`http://shop.example:${port}/pic.png`, { ...asInternet, resolve })).toEqual({ ok: PNG.length });
    expect(hits).toEqual([`shop.example:${port} /pic.png`]);
  });

  it('checks every redirect hop: a public page sending to loopback is refused there', async () => {
    for (const to of [
      `http://127.0.0.1:${port}/pic.png`,
      `http://0x7f000001:${port}/pic.png`,
      `http://[::ffff:127.0.0.1]:${port}/pic.png`,
    ]) {
      hits.length = 0;
      const result = await fetchPic(`http://${INTERNET}:${port}/to?${encodeURIComponent(to)}`, asInternet);
      expect(result, to).toEqual({ refused: expect.stringMatching(/not a public address/) });
      expect(hits).toHaveLength(1); // the redirect itself; the private hop was never requested
    }
    hits.length = 0;
    const ok = await fetchPic(`http://${INTERNET}:${port}/to?${encodeURIComponent(`http://${INTERNET}:${port}/pic.png`)}`, asInternet);
    expect(ok).toEqual({ ok: PNG.length });
  });

  it('refuses what is not a picture and what is too big', async () => {
    expect(await fetchPic(`http://${INTERNET}:${port}/page`, asInternet)).toEqual({ refused: expect.stringMatching(/not a picture/) });
    expect(await fetchPic(`http://${INTERNET}:${port}/huge.png`, { ...asInternet, maxBytes: 1024 })).toEqual({
      refused: expect.stringMatching(/larger than/),
    });
  });
});

describe('an import sent over the socket', () => {
  it('never reads a path or file: URL, and answers the same whether it exists or not', async () => {
    const dataDir = tempDir();
    const studio = await startTestStudio({ dataDir });
    const host = await connectClient(studio.baseUrl, new URL(studio.hostUrl).hash.replace('#token=', ''));
    try {
      const existing = path.resolve('tests/fixtures/shopify/images/kolczyki.png');
      const sources = [existing, '/nowhere/pic.png', `file://${existing}`, 'file:///nowhere/pic.png', 'images/kolczyki.png'];
      const rows = sources.map((src, i) => `pic-${i},Pic ${i},1.00,${src}`).join('\r\n');
      const imagesBefore = fs.existsSync(path.join(dataDir, 'images')) ? fs.readdirSync(path.join(dataDir, 'images')) : [];
      const reply = await host.call('catalog.import.apply', {
        fileName: 'p.csv',
        text: `Handle,Title,Variant Price,Image Src\r\n${rows}\r\n`,
      });
      if (!reply.ok) throw new Error(JSON.stringify(reply.error));
      const preview = reply.result as ImportPreview;
      expect(preview.applied).toBe(true);
      const messages = preview.warnings.map((w) => w.message.replace(/^picture \S+: /, ''));
      expect(messages).toHaveLength(sources.length);
      expect(new Set(messages).size).toBe(1);
      expect(messages[0]).not.toMatch(/ENOENT|exist|cannot read/);
      const imagesAfter = fs.existsSync(path.join(dataDir, 'images')) ? fs.readdirSync(path.join(dataDir, 'images')) : [];
      expect(imagesAfter).toEqual(imagesBefore);
    } finally {
      host.close();
      await studio.dispose();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
