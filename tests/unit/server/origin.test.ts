import { describe, expect, it } from 'vitest';
import { originRefusal } from '../../../electron/core/server/origin';

const on = (localAddress: string, headers: Record<string, string>) =>
  originRefusal({ socket: { localAddress, localPort: 4000 } as never, headers });

describe('Host and Origin of a request to the studio', () => {
  it('loopback: 127.0.0.1 or localhost at the studio’s port, with or without the studio’s Origin', () => {
    expect(on('127.0.0.1', { host: '127.0.0.1:4000' })).toBeNull();
    expect(on('127.0.0.1', { host: 'localhost:4000', origin: 'http://localhost:4000' })).toBeNull();
    expect(on('::ffff:127.0.0.1', { host: '127.0.0.1:4000', origin: 'http://127.0.0.1:4000' })).toBeNull();
    expect(on('127.0.0.1', { host: 'LOCALHOST:4000', origin: 'http://127.0.0.1:4000' })).toBeNull();
  });

  it('another name (DNS rebinding), port or no Host at all: refused', () => {
    expect(on('127.0.0.1', { host: 'attacker.example:4000' })).toMatch(/Host "attacker\.example:4000" is not this studio/);
    expect(on('127.0.0.1', { host: '127.0.0.1:4001' })).toMatch(/Host/);
    expect(on('127.0.0.1', { host: '127.0.0.1' })).toMatch(/Host/);
    expect(on('127.0.0.1', { host: 'user@127.0.0.1:4000' })).toMatch(/Host/);
    expect(on('127.0.0.1', {})).toMatch(/no Host header/);
  });

  it('another site’s Origin, an opaque one or another scheme: refused', () => {
    for (const origin of [
      'http://attacker.example',
      'http://127.0.0.1:4001',
      'null',
      'file://',
      'chrome-extension://abc',
      'http://192.168.1.5:4000',
    ])
      expect(on('127.0.0.1', { host: '127.0.0.1:4000', origin }), origin).toMatch(/Origin .* is not this studio/);
  });

  it('LAN access: the LAN address it arrived on, not loopback names over the LAN', () => {
    expect(on('192.168.1.5', { host: '192.168.1.5:4000', origin: 'http://192.168.1.5:4000' })).toBeNull();
    expect(on('192.168.1.5', { host: '192.168.1.5:4000', origin: 'https://192.168.1.5:4000' })).toBeNull();
    expect(on('192.168.1.5', { host: 'localhost:4000' })).toMatch(/Host/);
    expect(on('192.168.1.5', { host: '192.168.1.5:4000', origin: 'http://localhost:4000' })).toMatch(/Origin/);
  });
});
