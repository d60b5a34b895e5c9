import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStudio } from '../../support/studio';

// A real studio: every page refuses to be framed, and HTTP requests and socket.io handshakes that
// name another host (DNS rebinding) or come from another site's page are refused.
type Studio = Awaited<ReturnType<typeof startTestStudio>>;
let studio: Studio;

beforeAll(async () => {
  studio = await startTestStudio({ demo: false });
});
afterAll(async () => {
  await studio?.dispose();
});

function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: studio.port, path, headers }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const HANDSHAKE = '/socket.io/?EIO=4&transport=polling';
const own = () => `http://127.0.0.1:${studio.port}`;

describe('framing', () => {
  it("every page, the media and the probe say frame-ancestors 'none'", async () => {
    for (const path of ['/', '/console/', '/overlay/', '/healthz', '/media/nothing.png', '/no-such-page']) {
      const res = await get(path);
      expect(res.headers['content-security-policy'], path).toMatch(/(^|;\s*)frame-ancestors 'none'(;|$)/);
      expect(res.headers['x-frame-options'], path).toBe('DENY');
    }
  });
});

describe('Host and Origin', () => {
  it('the studio’s own names, with or without an Origin, are served', async () => {
    expect((await get('/healthz')).status).toBe(200);
    expect((await get('/healthz', { host: `localhost:${studio.port}`, origin: `http://localhost:${studio.port}` })).status).toBe(200);
    expect((await get(HANDSHAKE)).status).toBe(200);
    expect((await get(HANDSHAKE, { origin: own() })).status).toBe(200);
  });

  it('another Host (DNS rebinding) is refused, on pages and on the socket', async () => {
    const host = `attacker.example:${studio.port}`;
    const page = await get('/', { host });
    expect(page.status).toBe(403);
    expect(page.body).not.toMatch(/token|<script/i);
    expect((await get('/healthz', { host })).status).toBe(403);
    expect((await get(HANDSHAKE, { host })).status).toBe(403);
  });

  it('another site’s Origin is refused, on pages and on the socket', async () => {
    for (const origin of ['http://attacker.example', `http://127.0.0.1:${studio.port + 1}`, 'null']) {
      expect((await get('/healthz', { origin })).status, origin).toBe(403);
      expect((await get(HANDSHAKE, { origin })).status, origin).toBe(403);
    }
  });
});
