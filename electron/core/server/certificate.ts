import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/**
 * The studio's own certificate for LAN access (HTTPS/WSS): an ECDSA P-256 key and a self-signed
 * X.509 certificate for the machine's addresses, made with node:crypto and a few lines of DER, kept
 * in <data>/tls (0600, folder 0700) and reused while it covers the addresses. Browsers cannot check
 * it against a CA: the invite shows its SHA-256 fingerprint, which the co-moderator compares.
 */
export interface StudioCertificate {
  certPem: string;
  keyPem: string;
  /** SHA-256 of the certificate, `AB:CD:…`, as browsers show it. */
  fingerprint256: string;
  /** base64 SHA-256 of the public key (SPKI): what Chromium's --ignore-certificate-errors-spki-list takes. */
  spkiSha256: string;
}

const VALID_DAYS = 825; // the longest validity browsers accept for a server certificate

export function loadOrCreateCertificate(dir: string, names: string[], now: number): StudioCertificate {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dir, 0o700);
  const certFile = path.join(dir, 'studio-cert.pem');
  const keyFile = path.join(dir, 'studio-key.pem');
  if (fs.existsSync(certFile) && fs.existsSync(keyFile)) {
    const certPem = fs.readFileSync(certFile, 'utf8');
    const x509 = new crypto.X509Certificate(certPem);
    const covered = names.every((n) => (x509.subjectAltName ?? '').split(', ').includes(sanEntry(n)));
    if (covered && Date.parse(x509.validTo) > now + 30 * 86_400_000) return describe(certPem, fs.readFileSync(keyFile, 'utf8'));
  }
  const { certPem, keyPem } = createSelfSigned(names, now);
  fs.writeFileSync(keyFile, keyPem, { mode: 0o600 });
  fs.writeFileSync(certFile, certPem, { mode: 0o600 });
  return describe(certPem, keyPem);
}

function describe(certPem: string, keyPem: string): StudioCertificate {
  const x509 = new crypto.X509Certificate(certPem);
  const spki = x509.publicKey.export({ type: 'spki', format: 'der' });
  return { certPem, keyPem, fingerprint256: x509.fingerprint256, spkiSha256: crypto.createHash('sha256').update(spki).digest('base64') };
}

const sanEntry = (name: string) => (net.isIP(name) ? `IP Address:${name}` : `DNS:${name}`);

export function createSelfSigned(names: string[], now: number): { certPem: string; keyPem: string } {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const ecdsaWithSha256 = seq(oid('1.2.840.10045.4.3.2'));
  const name = seq(set(seq(oid('2.5.4.3'), tlv(0x0c, Buffer.from('Live Shopping Studio')))));
  const altNames = seq(...names.map((n) => (net.isIP(n) ? tlv(0x87, ipBytes(n)) : tlv(0x82, Buffer.from(n)))));
  const extensions = tlv(
    0xa3,
    seq(
      seq(oid('2.5.29.19'), tlv(0x01, Buffer.from([0xff])), octets(seq())), // basicConstraints: critical, not a CA
      seq(oid('2.5.29.37'), octets(seq(oid('1.3.6.1.5.5.7.3.1')))), // extendedKeyUsage: serverAuth
      seq(oid('2.5.29.17'), octets(altNames)), // subjectAltName
    ),
  );
  const tbs = seq(
    tlv(0xa0, integer(Buffer.from([2]))), // v3
    integer(crypto.randomBytes(16)),
    ecdsaWithSha256,
    name,
    seq(time(now - 86_400_000), time(now + VALID_DAYS * 86_400_000)),
    name,
    publicKey.export({ type: 'spki', format: 'der' }),
    extensions,
  );
  const signature = crypto.sign('sha256', tbs, privateKey);
  const der = seq(tbs, ecdsaWithSha256, tlv(0x03, Buffer.concat([Buffer.from([0]), signature])));
  const certPem = `-----BEGIN CERTIFICATE-----\n${der
    .toString('base64')
    .match(/.{1,64}/g)!
    .join('\n')}\n-----END CERTIFICATE-----\n`;
  return { certPem, keyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
}

// DER, just what a certificate needs.
function tlv(tag: number, body: Buffer): Buffer {
  const n = body.length;
  const len = n < 0x80 ? Buffer.from([n]) : n < 0x100 ? Buffer.from([0x81, n]) : Buffer.from([0x82, n >> 8, n & 0xff]);
  return Buffer.concat([Buffer.from([tag]), len, body]);
}
const seq = (...parts: Buffer[]) => tlv(0x30, Buffer.concat(parts));
const set = (...parts: Buffer[]) => tlv(0x31, Buffer.concat(parts));
const octets = (body: Buffer) => tlv(0x04, body);
function integer(bytes: Buffer): Buffer {
  let b = bytes;
  while (b.length > 1 && b[0] === 0 && b[1]! < 0x80) b = b.subarray(1);
  return tlv(0x02, b[0]! >= 0x80 ? Buffer.concat([Buffer.from([0]), b]) : b);
}
function oid(dotted: string): Buffer {
  const [a, b, ...rest] = dotted.split('.').map(Number);
  const out = [a! * 40 + b!];
  for (const v of rest) {
    const chunk = [v & 0x7f];
    for (let x = v >>> 7; x > 0; x >>>= 7) chunk.unshift((x & 0x7f) | 0x80);
    out.push(...chunk);
  }
  return tlv(0x06, Buffer.from(out));
}
function time(ms: number): Buffer {
  const iso = new Date(ms).toISOString(); // 2026-11-27T12:00:00.000Z
  const compact = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
  const year = new Date(ms).getUTCFullYear();
  return year < 2050 ? tlv(0x17, Buffer.from(compact.slice(2))) : tlv(0x18, Buffer.from(compact));
}
function ipBytes(ip: string): Buffer {
  if (net.isIPv4(ip)) return Buffer.from(ip.split('.').map(Number));
  const sock = new net.SocketAddress({ address: ip, family: 'ipv6' });
  const full = sock.address.split(':');
  return Buffer.from(full.flatMap((h) => [parseInt(h || '0', 16) >> 8, parseInt(h || '0', 16) & 0xff]));
}
