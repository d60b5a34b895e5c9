/** The obs-websocket address for a host and port from the settings screen (IPv6 hosts get brackets). */
export function obsUrl(host: string, port: number): string {
  const bare = host.trim().replace(/^\[|\]$/g, '');
  return `ws://${bare.includes(':') ? `[${bare}]` : bare}:${port}`;
}
