import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadOrCreateCertificate } from '../../../electron/core/server/certificate';
import { plainOverLan } from '../../../electron/core/server/origin';
import { tempDir } from '../../support/temp-db';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
const NOW = Date.UTC(2026, 10, 27);

describe('the studio’s certificate for LAN access', () => {
  it('is made for the machine’s addresses, verifies as its own, and is kept private', () => {
    const dir = path.join(tempDir('studio-tls-'), 'tls');
    dirs.push(path.dirname(dir));
    const cert = loadOrCreateCertificate(dir, ['192.0.2.2', '127.0.0.1', 'localhost'], NOW);
    const x509 = new crypto.X509Certificate(cert.certPem);
    expect(x509.subjectAltName).toBe('IP Address:192.0.2.2, IP Address:127.0.0.1, DNS:localhost');
    expect(x509.checkIP('192.0.2.2')).toBe('192.0.2.2');
    expect(x509.verify(x509.publicKey)).toBe(true);
    expect(x509.checkPrivateKey(crypto.createPrivateKey(cert.keyPem))).toBe(true);
    expect(x509.ca).toBe(false);
    expect(Date.parse(x509.validFrom)).toBeLessThanOrEqual(NOW);
    expect(cert.fingerprint256).toBe(x509.fingerprint256);
    const spki = crypto
      .createHash('sha256')
      .update(x509.publicKey.export({ type: 'spki', format: 'der' }))
      .digest('base64');
    expect(cert.spkiSha256).toBe(spki);
    expect((fs.statSync(dir).mode & 0o777).toString(8)).toBe('700');
    for (const f of fs.readdirSync(dir)) expect((fs.statSync(path.join(dir, f)).mode & 0o777).toString(8), f).toBe('600');
  });

  it('is reused while it covers the addresses (the fingerprint co-moderators accepted stays), made anew when one is new', () => {
    const dir = path.join(tempDir('studio-tls-'), 'tls');
    dirs.push(path.dirname(dir));
    const first = loadOrCreateCertificate(dir, ['192.0.2.2', '127.0.0.1'], NOW);
    expect(loadOrCreateCertificate(dir, ['127.0.0.1'], NOW + 1000).fingerprint256).toBe(first.fingerprint256);
    expect(loadOrCreateCertificate(dir, ['198.51.100.7', '127.0.0.1'], NOW + 2000).fingerprint256).not.toBe(first.fingerprint256);
  });
});

describe('plain http over the LAN', () => {
  const req = (localAddress: string, encrypted?: boolean) => ({ socket: { localAddress, encrypted } as never });
  it('only loopback may speak plain http; TLS anywhere', () => {
    expect(plainOverLan(req('127.0.0.1'))).toBe(false);
    expect(plainOverLan(req('::ffff:127.0.0.1'))).toBe(false);
    expect(plainOverLan(req('::1'))).toBe(false);
    expect(plainOverLan(req('192.0.2.2'))).toBe(true);
    expect(plainOverLan(req('192.0.2.2', true))).toBe(false);
  });
});
