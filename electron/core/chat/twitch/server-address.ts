export interface ServerAddress {
  host: string;
  port: number;
}

export const TWITCH_IRC_SERVER: ServerAddress = { host: 'irc.chat.twitch.tv', port: 6667 };

/** Parses `HOST[:PORT]` (`[::1]:6667` for IPv6); the port defaults to 6667, Twitch's plain-TCP port. */
export function parseServerAddress(value: string, defaultPort = 6667): ServerAddress {
  const v = value.trim();
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(v);
  const plain = /^([^:\s]+)(?::(\d+))?$/.exec(v);
  const m = bracketed ?? plain;
  if (!m || !m[1]) throw new Error(`not a server address: "${value}" (expected HOST or HOST:PORT)`);
  const port = m[2] ? Number(m[2]) : defaultPort;
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`bad port in "${value}"`);
  return { host: m[1], port };
}
