import type { Server as HttpServer, IncomingMessage } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import { Server as SocketServer } from 'socket.io';
import { events as eventDefs, type EventName, type Role } from '../../../shared/contract';
import { outputsCheckedByEnv } from '../contract-check';
import type { StudioEvents } from '../events';
import type { Log } from '../log';
import { dispatchCommand, type CallContext, type Handlers } from './dispatch';
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
  },
): SocketServer {
  const dispatch = { log: deps.log, checkOutputs: deps.checkOutputs ?? outputsCheckedByEnv() };
  const io = new SocketServer(http, {
    serveClient: false,
    maxHttpBufferSize: 1e6,
    // Local network only: the page and the socket are served by the same origin; OBS sends no Origin at all.
    cors: { origin: false },
    allowRequest: (req, callback) => allowOwnOrigin(req, callback, deps.log),
  });
  framingHeaders(io);

  io.use((socket, next) => {
    const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
    const identity = typeof token === 'string' ? deps.verifyToken(token) : null;
    if (!identity) {
      deps.log.warn({ address: socket.handshake.address }, 'socket refused: missing or wrong token');
      next(new Error('unauthorized'));
      return;
    }
    socket.data.ctx = { role: identity.role, actor: identity.actor, tokenId: identity.id } satisfies CallContext;
    next();
  });

  io.on('connection', (socket) => {
    const ctx = socket.data.ctx as CallContext;
    void socket.join(roleRoom(ctx.role));
    deps.onClientsChanged?.(io.engine.clientsCount);
    socket.on('disconnect', () => deps.onClientsChanged?.(io.engine.clientsCount));
    socket.on('cmd', async (name: unknown, input: unknown, ack: unknown) => {
      if (typeof ack !== 'function') return;
      (ack as (reply: unknown) => void)(await dispatchCommand(deps.handlers, name, input, ctx, dispatch));
    });
  });

  deps.events.subscribe((name: EventName, payload: unknown) => {
    const def = eventDefs[name];
    io.to(def.roles.map(roleRoom)).emit(name, payload);
  });

  return io;
}

/** Handshakes (polling and WebSocket) that name another host or come from another site's page are refused (see origin.ts). */
function allowOwnOrigin(req: IncomingMessage, callback: (err: string | null | undefined, success: boolean) => void, log: Log): void {
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
