import net from 'node:net';

export interface ServerAddress {
  host: string;
  port: number;
}

/** Twitch's TLS port: the account's OAuth token and the chat that becomes orders never cross the network in clear. */
export const TWITCH_TLS_PORT = 6697;
/** Plain TCP, only ever for a loopback peer (see isLoopbackHost). */
export const PLAIN_IRC_PORT = 6667;

export const TWITCH_IRC_SERVER: ServerAddress = { host: 'irc.chat.twitch.tv', port: TWITCH_TLS_PORT };

/**
 * A peer on this machine (the tests' IRC servers): the one place plain TCP is allowed, since
 * loopback traffic never leaves the machine.
 */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase();
  if (h === 'localhost' || h === '::1') return true;
  const v4 = h.startsWith('::ffff:') ? h.slice('::ffff:'.length) : h;
  return net.isIPv4(v4) && v4.startsWith('127.');
}

/**
 * Parses `HOST[:PORT]` (`[::1]:6667` for IPv6). Without a port: 6697 (TLS), or 6667 for a
 * loopback host, which is spoken to in plain TCP.
 */
export function parseServerAddress(value: string, defaultPort?: number): ServerAddress {
  const v = value.trim();
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(v);
  const plain = /^([^:\s]+)(?::(\d+))?$/.exec(v);
  const m = bracketed ?? plain;
  if (!m || !m[1]) throw new Error(`not a server address: "${value}" (expected HOST or HOST:PORT)`);
  const port = m[2] ? Number(m[2]) : (defaultPort ?? (isLoopbackHost(m[1]) ? PLAIN_IRC_PORT : TWITCH_TLS_PORT));
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`bad port in "${value}"`);
  return { host: m[1], port };
}
