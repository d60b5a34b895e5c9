import type { IncomingMessage } from 'node:http';
import net from 'node:net';

/**
 * Host and Origin checks for every HTTP request and socket.io handshake. A request must name the
 * studio by the address it arrived on: loopback (127.0.0.1 or localhost) on the loopback listener,
 * the LAN address when LAN access is on and the request came over the LAN. Derived from the
 * connection itself, so the rule needs no list kept in step with the listener.
 *
 * Host stops DNS rebinding (a page of attacker.example whose name now points at 127.0.0.1 sends
 * `Host: attacker.example`). Origin stops other sites' pages: browsers send Origin with every
 * WebSocket handshake and every cross-origin request that can read or write, so one that is present
 * must be the studio's. A missing Origin is allowed: it is a navigation, a same-origin GET, or no
 * browser at all (OBS's browser source loading the overlay, the CLI, the tests), and none of these
 * can be made to carry another site's intent; every socket still has to present its token.
 */
export function originRefusal(req: Pick<IncomingMessage, 'headers' | 'socket'>): string | null {
  const own = ownAuthorities(req.socket.localAddress, req.socket.localPort);
  const host = req.headers.host;
  if (!host) return 'no Host header';
  if (!own.has(authorityOf('http:', host))) return `Host ${JSON.stringify(host)} is not this studio`;
  const origin = req.headers.origin;
  if (origin === undefined) return null;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return `Origin ${JSON.stringify(origin)} is not this studio`;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !own.has(authorityOf(url.protocol, url.host))) {
    return `Origin ${JSON.stringify(origin)} is not this studio`;
  }
  return null;
}

/** `name:port` in lower case, the port made explicit (a Host without one means the scheme's default). */
function authorityOf(protocol: string, hostAndPort: string): string {
  let url: URL;
  try {
    url = new URL(`${protocol}//${hostAndPort}`);
  } catch {
    return '';
  }
  if (url.username || url.password || url.pathname !== '/' || url.search || url.hash) return '';
  const port = url.port || (protocol === 'https:' ? '443' : '80');
  return `${url.hostname.toLowerCase()}:${port}`;
}

function ownAuthorities(localAddress: string | undefined, localPort: number | undefined): Set<string> {
  const own = new Set<string>();
  if (!localAddress || !localPort) return own;
  const address = localAddress.startsWith('::ffff:') ? localAddress.slice('::ffff:'.length) : localAddress;
  const names = [net.isIPv6(address) ? `[${address}]` : address];
  const loopback = address === '::1' || (net.isIPv4(address) && address.startsWith('127.'));
  if (loopback) names.push('localhost', '127.0.0.1', '[::1]');
  for (const name of names) own.add(`${name.toLowerCase()}:${localPort}`);
  return own;
}

/** A request that came over the LAN without TLS: only loopback may speak plain http. */
export function plainOverLan(req: Pick<IncomingMessage, 'socket'>): boolean {
  if ((req.socket as { encrypted?: boolean }).encrypted) return false;
  const address = req.socket.localAddress ?? '';
  const local = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return !(local === '::1' || (net.isIPv4(local) && local.startsWith('127.')));
}
