import type { Server as HttpServer, IncomingMessage } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import { Server as SocketServer } from 'socket.io';
import { events as eventDefs, MAX_MESSAGE_BYTES, type EventName, type Role } from '../../../shared/contract';
import { systemClock } from '../clock';
import { outputsCheckedByEnv } from '../contract-check';
import type { StudioEvents } from '../events';
import type { Log } from '../log';
import { dispatchCommand, type CallContext, type Handlers } from './dispatch';
import { ClientLimiter, commandCost } from './limits';
import { CommandScheduler } from './scheduler';
import { originRefusal, plainOverLan } from './origin';

export interface TokenVerifier {
  (token: string): { id: number; role: Role; actor: string } | null;
}

export const roleRoom = (role: Role) => `role:${role}`;

/**
 * socket.io transport of the contract. A socket presents its token in the
 * handshake (`auth: { token }`); missing or wrong: refused with 'unauthorized'.
 * Commands arrive as ('cmd', name, input, ack); events go to the rooms of the roles the contract names.
 */
export function attachSocketServer(
  http: HttpServer,
  deps: {
    handlers: Handlers;
    verifyToken: TokenVerifier;
    events: StudioEvents;
    log: Log;
    onClientsChanged?: (n: number) => void;
    /** Check every reply against its contract output (see dispatchCommand); the test runners set LSS_CHECK_OUTPUTS=1. */
    checkOutputs?: boolean;
    /** Rate, concurrency and connection limits (limits.ts); real time, never the studio's clock. */
    limiter?: ClientLimiter;
  },
): SocketServer {
  const limiter = deps.limiter ?? new ClientLimiter(systemClock);
  const dispatch = { log: deps.log, checkOutputs: deps.checkOutputs ?? outputsCheckedByEnv() };
  const io = new SocketServer(http, {
    serveClient: false,
    // The contract's largest message (a picture): a bigger one is refused by the client as a typed
    // error; anything up to it reaches the schema, which names the field that is too big.
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    // A connection that has not presented its token by then is dropped.
    connectTimeout: 10_000,
    // Local network only: the page and the socket are served by the same origin; OBS sends no Origin at all.
    cors: { origin: false },
    // Two checks on every handshake: our own origin and host, then the cap on open connections.
    allowRequest: (req, callback) =>
      allowOwnOrigin(req, deps.log, (err, success) => callback(err, success && io.engine.clientsCount < limiter.limits.connections)),
  });
  framingHeaders(io);

  io.use((socket, next) => {
    const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
    const identity = typeof token === 'string' ? deps.verifyToken(token) : null;
    if (!identity) {
      // An address that keeps presenting bad tokens is refused quietly: its attempts never grow the log.
      // (A valid token from the same address, such as the host's window on loopback, still gets in.)
      const quiet = !limiter.mayTryHandshake(socket.handshake.address);
      limiter.handshakeRefused(socket.handshake.address);
      if (!quiet) deps.log.warn({ address: socket.handshake.address }, 'socket refused: missing or wrong token');
      next(new Error(quiet ? 'rate_limited' : 'unauthorized'));
      return;
    }
    if (!limiter.openSocket(identity.id)) {
      next(new Error('rate_limited'));
      return;
    }
    socket.data.ctx = { role: identity.role, actor: identity.actor, tokenId: identity.id } satisfies CallContext;
    next();
  });

  const scheduler = new CommandScheduler();
  io.on('connection', (socket) => {
    const ctx = socket.data.ctx as CallContext;
    void socket.join(roleRoom(ctx.role));
    deps.onClientsChanged?.(io.engine.clientsCount);
    socket.on('disconnect', () => {
      limiter.closeSocket(ctx.tokenId);
      deps.onClientsChanged?.(io.engine.clientsCount);
    });
    socket.on('cmd', async (name: unknown, input: unknown, ack: unknown) => {
      if (typeof ack !== 'function') return;
      const refused = limiter.admitCommand(ctx.tokenId, ctx.role, name, input);
      if (refused) {
        const reply = () => (ack as (reply: unknown) => void)({ ok: false, error: refused });
        const hold = limiter.holdRefusal(ctx.tokenId, refused);
        if (hold === 0) reply();
        else
          setTimeout(() => {
            limiter.refusalSent(ctx.tokenId);
            reply();
          }, hold);
        return;
      }
      try {
        const reply = await scheduler.run(ctx.role, commandCost(name, input), () =>
          dispatchCommand(deps.handlers, name, input, ctx, dispatch),
        );
        (ack as (reply: unknown) => void)(reply);
      } finally {
        limiter.finished(ctx.tokenId);
      }
    });
  });

  deps.events.subscribe((name: EventName, payload: unknown) => {
    const def = eventDefs[name];
    io.to(def.roles.map(roleRoom)).emit(name, payload);
  });

  return io;
}

/** Handshakes (polling and WebSocket) that name another host or come from another site's page are refused (see origin.ts). */
function allowOwnOrigin(req: IncomingMessage, log: Log, callback: (err: string | null | undefined, success: boolean) => void): void {
  const refusal = originRefusal(req) ?? (plainOverLan(req) ? 'plain http over the LAN (use https)' : null);
  if (refusal !== null) log.warn({ address: req.socket.remoteAddress, refusal }, 'socket handshake refused');
  callback(refusal, refusal === null);
}

/** socket.io's own HTTP answers carry the pages' framing rule too. */
function framingHeaders(io: SocketServer): void {
  const add = (headers: Record<string, string>) => {
    headers['Content-Security-Policy'] = "frame-ancestors 'none'";
    headers['X-Frame-Options'] = 'DENY';
  };
  io.engine.on('initial_headers', add);
  io.engine.on('headers', add);
}

/** The same sockets over a second server (HTTPS for LAN access): one engine, one set of rooms. */
export function serveSocketsOver(io: SocketServer, server: HttpServer | HttpsServer): void {
  io.engine.attach(server, { path: '/socket.io' });
}

/** Drops every socket that connected with the given token (after a revoke). */
export function disconnectToken(io: SocketServer, tokenId: number): void {
  for (const socket of io.sockets.sockets.values()) {
    if ((socket.data.ctx as CallContext | undefined)?.tokenId === tokenId) socket.disconnect(true);
  }
}
