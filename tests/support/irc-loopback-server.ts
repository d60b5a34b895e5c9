import net from 'node:net';
import { onIrcLines } from './irc-lines';
import { REAL_COMPONENT_WAIT_MS } from './waits';

/**
 * A small socket server speaking just enough IRC for the Twitch connector
 * (CAP/NICK/USER/JOIN/PING replies as Twitch sends them) and then streaming
 * whatever lines a test gives it — captured Twitch lines with all their tags,
 * which a real IRC server would strip. It can drop its clients, and resend
 * lines it already delivered when a client joins again (a relay replaying
 * after a reconnect), to prove the store keeps nothing twice.
 */
export interface IrcLoopbackServer {
  host: string;
  port: number;
  /** Clients that have joined, in order (counts reconnections). */
  readonly joins: number;
  /** Every line the clients sent (PRIVMSG replies, PONG …). */
  readonly received: string[];
  /** Lines written to clients after their join, in order. */
  readonly delivered: string[];
  /** After a client's second and later join, resend this many of the last delivered lines first. */
  resendOnRejoin: number;
  waitForJoins(count: number, timeoutMs?: number): Promise<void>;
  waitForReceived(predicate: (line: string) => boolean, timeoutMs?: number): Promise<string>;
  /** Writes lines (CRLF-terminated) to every joined client, as one write or as given chunks. */
  write(lines: readonly string[]): void;
  writeRaw(bytes: Buffer): void;
  /** Destroys every client socket (the connector sees a reset and must reconnect). */
  dropClients(): void;
  /** Stop accepting for a while: connection attempts are refused. */
  close(): Promise<void>;
}

export async function startIrcLoopbackServer(options: { host?: string; port?: number } = {}): Promise<IrcLoopbackServer> {
  const host = options.host ?? '127.0.0.1';
  const sockets = new Set<net.Socket>();
  const joined = new Set<net.Socket>();
  const received: string[] = [];
  const delivered: string[] = [];
  let joins = 0;
  const joinWaiters: { count: number; resolve: () => void }[] = [];
  const receivedWaiters: { predicate: (l: string) => boolean; resolve: (l: string) => void }[] = [];

  const state = {
    resendOnRejoin: 0,
  };

  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.setNoDelay(true);
    let nick = 'justinfan';
    onIrcLines(socket, (line) => {
      received.push(line);
      for (const w of [...receivedWaiters]) {
        if (w.predicate(line)) {
          receivedWaiters.splice(receivedWaiters.indexOf(w), 1);
          w.resolve(line);
        }
      }
      handle(line);
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      sockets.delete(socket);
      joined.delete(socket);
    });

    const send = (line: string) => socket.write(`${line}\r\n`);
    function handle(line: string) {
      const [command, ...rest] = line.split(' ');
      switch (command?.toUpperCase()) {
        case 'CAP':
          if (rest[0] === 'REQ') send(`:tmi.twitch.tv CAP * ACK ${rest.slice(1).join(' ')}`);
          break;
        case 'NICK':
          nick = rest[0] ?? nick;
          send(`:tmi.twitch.tv 001 ${nick} :Welcome, GLHF!`);
          send(`:tmi.twitch.tv 376 ${nick} :>`);
          break;
        case 'PING':
          send(`:tmi.twitch.tv PONG tmi.twitch.tv ${rest.join(' ')}`);
          break;
        case 'JOIN': {
          const channel = rest[0] ?? '#demoshop';
          send(`:${nick}!${nick}@${nick}.tmi.twitch.tv JOIN ${channel}`);
          send(`:${nick}.tmi.twitch.tv 353 ${nick} = ${channel} :${nick}`);
          send(`:${nick}.tmi.twitch.tv 366 ${nick} ${channel} :End of /NAMES list`);
          joins++;
          if (joins > 1 && state.resendOnRejoin > 0) {
            socket.write(
              delivered
                .slice(-state.resendOnRejoin)
                .map((l) => `${l}\r\n`)
                .join(''),
            );
          }
          joined.add(socket);
          for (const w of [...joinWaiters]) {
            if (joins >= w.count) {
              joinWaiters.splice(joinWaiters.indexOf(w), 1);
              w.resolve();
            }
          }
          break;
        }
      }
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as net.AddressInfo).port;

  return {
    host,
    port,
    get joins() {
      return joins;
    },
    received,
    delivered,
    get resendOnRejoin() {
      return state.resendOnRejoin;
    },
    set resendOnRejoin(n: number) {
      state.resendOnRejoin = n;
    },
    waitForJoins: (count, timeoutMs = REAL_COMPONENT_WAIT_MS) =>
      new Promise<void>((resolve, reject) => {
        if (joins >= count) return resolve();
        const t = setTimeout(() => reject(new Error(`loopback IRC: ${joins} joins, waited for ${count}`)), timeoutMs);
        joinWaiters.push({ count, resolve: () => (clearTimeout(t), resolve()) });
      }),
    waitForReceived: (predicate, timeoutMs = REAL_COMPONENT_WAIT_MS) =>
      new Promise<string>((resolve, reject) => {
        const hit = received.find(predicate);
        if (hit) return resolve(hit);
        const t = setTimeout(() => reject(new Error('loopback IRC: expected line not received')), timeoutMs);
        receivedWaiters.push({ predicate, resolve: (l) => (clearTimeout(t), resolve(l)) });
      }),
    write(lines) {
      delivered.push(...lines);
      const bytes = lines.map((l) => `${l}\r\n`).join('');
      for (const s of joined) s.write(bytes);
    },
    writeRaw(bytes) {
      for (const s of joined) s.write(bytes);
    },
    dropClients() {
      for (const s of sockets) s.destroy();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
