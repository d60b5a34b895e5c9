/**
 * Fetches a picture named by an import from a public address only. The name is resolved here
 * (dns.lookup), every address it resolves to is checked, and the connection is made to the
 * checked address itself (no second lookup a rebinding DNS server could answer differently);
 * redirects are followed by hand, each hop checked the same way. Literal forms such as
 * `0x7f000001` or `[::ffff:127.0.0.1]` are normalised by the URL parser before the check.
 */
import dns from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';

export interface PublicFetchOptions {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects?: number;
  /** What may be connected to (tests widen it to one loopback address standing for the internet). */
  isPublic?: (address: string, family: 4 | 6) => boolean;
  /** Name resolution (tests answer for names that are not in DNS). */
  resolve?: (hostname: string) => Promise<{ address: string; family: 4 | 6 }[]>;
}

/** The address ranges that are not the public internet: loopback, private, link-local, shared, documentation, multicast, reserved. */
const notPublic = new net.BlockList();
for (const [subnet, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  notPublic.addSubnet(subnet, prefix, 'ipv4');
for (const [subnet, prefix] of [
  ['::', 128],
  ['::1', 128],
  // IPv4 written as IPv6 (mapped, NAT64, 6to4, the old compatible form): refused whole, never unwrapped.
  ['::ffff:0:0', 96],
  ['::', 96],
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  ['2002::', 16],
  ['100::', 64],
  ['2001::', 23],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const)
  notPublic.addSubnet(subnet, prefix, 'ipv6');

export function isPublicAddress(address: string, family: 4 | 6): boolean {
  return !notPublic.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

const systemResolve = async (hostname: string) =>
  (await dns.lookup(hostname, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family as 4 | 6 }));

export class RefusedAddress extends Error {
  override name = 'RefusedAddress';
}

/** The address to connect to for `url`, after checking the scheme and every address the name resolves to. */
async function checkedAddress(url: URL, options: PublicFetchOptions): Promise<{ address: string; family: 4 | 6 }> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new RefusedAddress(`only http(s) addresses are fetched`);
  if (url.username || url.password) throw new RefusedAddress('addresses with a user name or password are not fetched');
  const isPublic = options.isPublic ?? isPublicAddress;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const literal = net.isIP(host);
  const addresses = literal ? [{ address: host, family: literal as 4 | 6 }] : await (options.resolve ?? systemResolve)(host);
  if (addresses.length === 0) throw new RefusedAddress(`${url.hostname} does not resolve`);
  // Every address must be public: a name that also resolves to a private one is refused whole.
  for (const a of addresses) if (!isPublic(a.address, a.family)) throw new RefusedAddress(`${url.hostname} is not a public address`);
  return addresses[0]!;
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: http.IncomingMessage;
}

function request(url: URL, target: { address: string; family: 4 | 6 }, signal: AbortSignal): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const lib = url.protocol === 'https:' ? https : http;
    const req = lib.request(
      url,
      {
        method: 'GET',
        signal,
        headers: { accept: 'image/png, image/jpeg, image/gif, image/webp', 'accept-encoding': 'identity' },
        // Connect to the address that was checked; TLS still verifies the certificate for the name.
        lookup: (_hostname, opts, callback) => {
          if ((opts as { all?: boolean }).all) (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [target]);
          else (callback as (e: null, a: string, f: number) => void)(null, target.address, target.family);
        },
        agent: false,
      },
      (res) => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: res }),
    );
    req.on('error', reject);
    req.end();
  });
}

const PICTURE_TYPES = /^image\/(png|jpeg|gif|webp)\b/i;

/** The picture's bytes, or an error saying why not (never a private address's content). */
export async function fetchPublicPicture(source: string, options: PublicFetchOptions): Promise<Uint8Array> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  let url = new URL(source);
  for (let hop = 0; ; hop++) {
    const target = await checkedAddress(url, options);
    const reply = await request(url, target, signal);
    if (reply.status >= 300 && reply.status < 400 && reply.headers.location) {
      reply.body.resume();
      if (hop >= (options.maxRedirects ?? 5)) throw new Error('too many redirects');
      url = new URL(reply.headers.location, url);
      continue;
    }
    if (reply.status !== 200) {
      reply.body.resume();
      throw new Error(`HTTP ${reply.status}`);
    }
    const type = String(reply.headers['content-type'] ?? '');
    if (!PICTURE_TYPES.test(type)) {
      reply.body.destroy();
      throw new Error(`not a picture (${type || 'no content type'})`);
    }
    const declared = Number(reply.headers['content-length'] ?? '0');
    const mb = options.maxBytes / 1024 / 1024;
    if (declared > options.maxBytes) {
      reply.body.destroy();
      throw new Error(`larger than ${mb} MB (${declared} bytes)`);
    }
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of reply.body as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > options.maxBytes) {
        reply.body.destroy();
        throw new Error(`larger than ${mb} MB`);
      }
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  }
}
