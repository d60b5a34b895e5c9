import type net from 'node:net';

/** Calls `onLine` with each IRC line `socket` receives, without its CRLF (a line may arrive split across chunks). */
export function onIrcLines(socket: net.Socket, onLine: (line: string) => void): void {
  let buffer = '';
  socket.on('data', (d: Buffer) => {
    buffer += d.toString('utf8');
    let i: number;
    while ((i = buffer.indexOf('\n')) !== -1) {
      const line = buffer.slice(0, i).replace(/\r$/, '');
      buffer = buffer.slice(i + 1);
      onLine(line);
    }
  });
}
