import type http from 'node:http';
import type https from 'node:https';
import net from 'node:net';
import { loadOrCreateCertificate, type StudioCertificate } from './certificate';
import { createHttpServer, createHttpsServer, type HttpOptions } from './http';

/** A TLS connection opens with a handshake record (content type 22). */
const TLS_HANDSHAKE = 0x16;

/**
 * One port for both: a connection that opens with a TLS handshake goes to the HTTPS server
 * (co-moderators over the LAN), any other to the plain one (loopback: the host window and OBS's
 * overlay stay on http). Plain requests that arrive over the LAN are turned to https by the
 * servers themselves (http.ts, socket.ts).
 */
export function createSniffingListener(plain: http.Server, secure: https.Server): net.Server {
  return net.createServer((socket) => {
    socket.once('data', (first: Buffer) => {
      socket.pause();
      socket.unshift(first);
      (first[0] === TLS_HANDSHAKE ? secure : plain).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
    socket.on('error', () => socket.destroy());
  });
}

export interface Listening {
  /** The server the contract's sockets attach to first (plain http). */
  http: http.Server;
  /** HTTPS beside it when the studio listens beyond loopback; null on loopback only. */
  https: https.Server | null;
  certificate: StudioCertificate | null;
  port: number;
  close(): Promise<void>;
}

export const isLoopbackListen = (host: string) => host === 'localhost' || host === '::1' || host.startsWith('127.');

/**
 * Listens on host:port. On loopback only: plain http. Beyond it (LAN access): the same port also
 * speaks HTTPS with the studio's own certificate for `names` (made or reused in `certificateDir`).
 */
export async function listenStudio(options: {
  httpOptions: HttpOptions;
  host: string;
  port: number;
  certificateDir: string;
  names: string[];
  now: number;
}): Promise<Listening> {
  const plain = createHttpServer(options.httpOptions);
  const certificate = isLoopbackListen(options.host) ? null : loadOrCreateCertificate(options.certificateDir, options.names, options.now);
  const secure = certificate ? createHttpsServer(options.httpOptions, certificate) : null;
  const server: net.Server = secure ? createSniffingListener(plain, secure) : plain;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return {
    http: plain,
    https: secure,
    certificate,
    port: (server.address() as net.AddressInfo).port,
    async close() {
      const closed = new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));
      // The sockets are gone by now and the database closes next: no request left could be answered,
      // and a keep-alive connection would hold the listener open for seconds.
      for (const s of [plain, secure]) s?.closeAllConnections();
      await closed;
    },
  };
}
