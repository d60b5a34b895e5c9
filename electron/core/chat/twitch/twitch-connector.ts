import net from 'node:net';
import tls from 'node:tls';
import { Backoff, type BackoffOptions } from '../../backoff';
import { StatusTracker, type ChatConnector, type ConnectorDeps, type ConnectorStatus, type SendOptions } from '../connector';
import { IrcLineSplitter } from './line-splitter';
import { escapeTagValue, parseIrcLine, sanitizeOutgoingText, type IrcMessage } from './irc-message';
import { normalizeTwitchMessage } from './normalize';
import { isLoopbackHost, parseServerAddress, TWITCH_IRC_SERVER, type ServerAddress } from './server-address';

export interface TwitchConnectorOptions {
  channel: string;
  /** `HOST[:PORT]` or an address; default irc.chat.twitch.tv:6697 (TLS). Tests point it at a loopback peer. */
  server?: string | ServerAddress;
  /**
   * TLS with certificate and host-name verification: always, except to a loopback peer (the tests'
   * servers), which is plain TCP unless this says true. False for any other host is refused.
   */
  tls?: boolean;
  /** A CA (PEM) trusted in addition to Node's roots, e.g. a test CA; verification itself is never turned off. */
  ca?: string | Buffer;
  /** Posting needs both: the account's login and an OAuth user token with chat:edit (from the secret store). */
  username?: string;
  token?: string;
  /** The posting account moderates the channel (100 instead of 20 messages per 30 s). */
  isModerator?: boolean;
  backoff?: BackoffOptions;
  /** Idle time after which the connector pings; no answer within the same time -> the link is dead. */
  keepaliveMs?: number;
  /** Gives up the connection attempt after this long. */
  connectTimeoutMs?: number;
  id?: string;
}

/** TLS errors that mean the peer's certificate was refused (wrong name, unknown CA, expired): retrying cannot help. */
const CERTIFICATE_ERROR = /CERT|SIGNATURE|ALTNAME/;

/** Server replies that mean retrying cannot help: the token is wrong. */
const AUTH_FAILURES = [/login authentication failed/i, /improperly formatted auth/i, /invalid nick/i];

/** Commands whose first parameter names the channel they belong to. */
const CHANNEL_COMMANDS = new Set(['PRIVMSG', 'USERNOTICE', 'CLEARMSG', 'CLEARCHAT']);

/**
 * Twitch chat over IRC with the project's own reader (line splitter + IRCv3 tag parser), over
 * verified TLS (port 6697); plain TCP only to a loopback peer (the tests' servers).
 * Anonymous read-only (justinfanNNNN) unless a token is given. Reconnects by itself with
 * capped exponential backoff and reports the gap once it is back.
 */
export class TwitchConnector implements ChatConnector {
  readonly id: string;
  readonly platform = 'twitch' as const;
  readonly channel: string;
  readonly isModerator: boolean;
  readonly send?: (text: string, options?: SendOptions) => Promise<void>;

  private readonly server: ServerAddress;
  /** Whether this connector speaks TLS (see TwitchConnectorOptions.tls). */
  readonly tls: boolean;
  private readonly tracker: StatusTracker;
  private readonly backoff: Backoff;
  private readonly nick: string;
  private socket: net.Socket | null = null;
  private stopped = true;
  private joined = false;
  private lostAt: number | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private keepaliveTimer: NodeJS.Timeout | null = null;
  private lastRx = 0;
  private pingSent = false;
  private failure: string | null = null;

  constructor(
    private readonly options: TwitchConnectorOptions,
    private readonly deps: ConnectorDeps,
  ) {
    this.channel = options.channel.replace(/^#/, '').toLowerCase();
    this.id = options.id ?? `twitch:${this.channel}`;
    this.server = typeof options.server === 'string' ? parseServerAddress(options.server) : (options.server ?? TWITCH_IRC_SERVER);
    const loopback = isLoopbackHost(this.server.host);
    if (options.tls === false && !loopback) {
      throw new Error(`twitch: plain TCP to ${this.server.host} refused: only a loopback peer may be spoken to without TLS`);
    }
    this.tls = options.tls ?? !loopback;
    this.isModerator = options.isModerator ?? false;
    this.tracker = new StatusTracker({ id: this.id, platform: 'twitch', channel: this.channel }, deps.clock);
    this.backoff = new Backoff(options.backoff);
    const canPost = Boolean(options.token && options.username);
    this.nick = canPost ? options.username!.toLowerCase() : `justinfan${10000 + Math.floor(Math.random() * 89999)}`;
    if (canPost) this.send = (text, o) => this.post(text, o);
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.failure = null;
    this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.clearTimers();
    const socket = this.socket;
    this.socket = null;
    if (socket && !socket.destroyed) {
      await new Promise<void>((resolve) => {
        socket.once('close', () => resolve());
        socket.end('QUIT\r\n');
        setTimeout(() => socket.destroy(), 500).unref();
      });
    }
    this.tracker.set('disconnected', this.failure);
  }

  status(): ConnectorStatus {
    return this.tracker.get();
  }

  onStatus(listener: (status: ConnectorStatus) => void): () => void {
    return this.tracker.on(listener);
  }

  private connect(): void {
    if (this.stopped) return;
    if (this.lostAt === null) this.tracker.set('connecting');
    this.joined = false;
    const { host, port } = this.server;
    const socket = this.tls ? this.connectTls(host, port) : net.connect({ host, port });
    this.socket = socket;
    socket.setNoDelay(true);
    socket.setKeepAlive(true, 30_000);
    const connectTimer = setTimeout(() => socket.destroy(new Error('connect timed out')), this.options.connectTimeoutMs ?? 10_000);
    const splitter = new IrcLineSplitter(
      (line) => this.onLine(line),
      64 * 1024,
      (bytes) => this.deps.log('warn', 'twitch: dropped an overlong line', { bytes }),
    );
    socket.once(this.tls ? 'secureConnect' : 'connect', () => {
      clearTimeout(connectTimer);
      this.lastRx = this.deps.clock();
      this.register(socket);
      this.startKeepalive(socket);
    });
    socket.on('data', (chunk: Buffer) => {
      this.lastRx = this.deps.clock();
      this.pingSent = false;
      splitter.push(chunk);
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      this.deps.log('warn', `twitch: ${error.message}`, { id: this.id, code: error.code });
      if (this.tls && CERTIFICATE_ERROR.test(error.code ?? '')) {
        this.failure = `TLS certificate of ${host}:${port} refused: ${error.message}`;
        this.stopped = true;
      }
    });
    socket.once('close', () => {
      clearTimeout(connectTimer);
      if (this.socket === socket) this.socket = null;
      this.onClosed();
    });
  }

  /**
   * Node's TLS checks the chain against its roots (plus options.ca) and the certificate's names
   * against the host: an IP is matched with the certificate's IP names, so it is sent as no SNI.
   */
  private connectTls(host: string, port: number): tls.TLSSocket {
    const ca = this.options.ca ? [...tls.rootCertificates, this.options.ca.toString()] : undefined;
    return tls.connect({ host, port, servername: net.isIP(host) ? undefined : host, ca, rejectUnauthorized: true });
  }

  private register(socket: net.Socket): void {
    const lines = [
      // Twitch's capabilities, then the standard ones a plain IRCv3 server (the test peer) knows: ids and times.
      'CAP REQ :twitch.tv/tags twitch.tv/commands',
      'CAP REQ :message-tags server-time',
      ...(this.send ? [`PASS oauth:${this.options.token!.replace(/^oauth:/, '')}`] : []),
      `NICK ${this.nick}`,
      `USER ${this.nick} 8 * :${this.nick}`,
      'CAP END',
    ];
    socket.write(lines.map((l) => `${l}\r\n`).join(''));
  }

  private onLine(line: string): void {
    const msg = parseIrcLine(line);
    if (!msg) return;
    switch (msg.command) {
      case 'PING':
        this.write(`PONG :${msg.params[0] ?? 'tmi.twitch.tv'}`);
        return;
      case '001':
        this.write(`JOIN #${this.channel}`);
        return;
      case '366': // end of NAMES: the join is complete
      case 'ROOMSTATE':
        this.onJoined();
        return;
      case 'JOIN':
        if (msg.nick?.toLowerCase() === this.nick) this.onJoined();
        return;
      case 'RECONNECT': // Twitch is about to restart this server
        this.socket?.destroy();
        return;
      case 'NOTICE':
      case '464':
      case '432':
        this.checkAuthFailure(msg);
        return;
      case 'ERROR':
        this.deps.log('info', `twitch: server closed the link: ${msg.params[0] ?? ''}`, { id: this.id });
        return;
    }
    if (!this.isForJoinedChannel(msg)) return;
    const event = normalizeTwitchMessage(msg, this.deps.clock());
    if (event) this.deps.sink.push(event);
  }

  /**
   * Chat, notices, deletions and clears count only in the channel this connector joined: a line
   * for another channel (a relay's mistake, a forged line) must not become an order here.
   */
  private isForJoinedChannel(msg: IrcMessage): boolean {
    if (!CHANNEL_COMMANDS.has(msg.command)) return true;
    const target = (msg.params[0] ?? '').toLowerCase();
    if (target === `#${this.channel}`) return true;
    this.deps.log('debug', 'twitch: dropped a line for another channel', { id: this.id, command: msg.command, target });
    return false;
  }

  private onJoined(): void {
    if (this.joined) return;
    this.joined = true;
    const now = this.deps.clock();
    if (this.lostAt !== null) {
      this.deps.sink.push({ kind: 'gap', connectorId: this.id, platform: 'twitch', channel: this.channel, from: this.lostAt, to: now });
      this.lostAt = null;
    }
    this.backoff.reset();
    this.tracker.set('connected', this.send ? `posting as ${this.nick}` : 'anonymous, read-only');
  }

  private checkAuthFailure(msg: IrcMessage): void {
    const text = msg.params[msg.params.length - 1] ?? '';
    if (msg.command === '464' || msg.command === '432' || AUTH_FAILURES.some((re) => re.test(text))) {
      this.failure = `login refused: ${text}`;
      this.stopped = true;
      this.socket?.destroy();
    }
  }

  private onClosed(): void {
    this.stopKeepalive();
    if (this.failure) {
      this.tracker.set('failed', this.failure);
      return;
    }
    if (this.stopped) return;
    const now = this.deps.clock();
    // Keep the first loss time across failed attempts: "reconnecting since" the chat went quiet.
    if (this.lostAt === null) this.lostAt = now;
    const delay = this.backoff.next();
    this.tracker.set('reconnecting', `attempt ${this.backoff.attempts}, next in ${delay} ms`, this.lostAt);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.connect();
    }, delay);
  }

  private startKeepalive(socket: net.Socket): void {
    const every = this.options.keepaliveMs ?? 60_000;
    this.stopKeepalive();
    this.keepaliveTimer = setInterval(
      () => {
        const idle = this.deps.clock() - this.lastRx;
        if (idle < every) return;
        if (this.pingSent) {
          // "Chat silently stops mid-stream": a link that answers nothing is dead, reconnect.
          this.deps.log('warn', 'twitch: no answer to PING, reconnecting', { id: this.id, idleMs: idle });
          socket.destroy();
          return;
        }
        this.pingSent = true;
        this.write('PING :keepalive');
      },
      Math.max(50, Math.floor(every / 2)),
    );
    this.keepaliveTimer.unref();
  }

  private stopKeepalive(): void {
    if (this.keepaliveTimer) clearInterval(this.keepaliveTimer);
    this.keepaliveTimer = null;
    this.pingSent = false;
  }

  private clearTimers(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.stopKeepalive();
  }

  private write(line: string): void {
    if (this.socket && !this.socket.destroyed) this.socket.write(`${line}\r\n`);
  }

  private async post(text: string, options: SendOptions = {}): Promise<void> {
    const clean = sanitizeOutgoingText(text);
    if (!clean) throw new Error('empty message');
    if (!this.socket || !this.joined) throw new Error(`twitch: not connected to #${this.channel}`);
    const tag = options.replyTo ? `@reply-parent-msg-id=${escapeTagValue(options.replyTo)} ` : '';
    const socket = this.socket;
    await new Promise<void>((resolve, reject) =>
      socket.write(`${tag}PRIVMSG #${this.channel} :${clean}\r\n`, (e) => (e ? reject(e) : resolve())),
    );
  }
}
