import { keyedError, type ErrorKey, type ErrorParams, type Role, type StudioErrorShape } from '../../../shared/contract';
import type { Clock } from '../clock';

/**
 * What one client may ask of the core: the core runs handlers on one thread, so a token that
 * floods commands (or opens hundreds of sockets) would delay every other client, the host's
 * window included. Limits are per token (shared by all its sockets), weighted by what a command
 * costs, and set well above real use: a host or moderator window sends about 35 units when it
 * (re)connects (its lists, once) and a few per second after that whatever the chat's rate, because
 * everything else reaches it as events (measured on tests/e2e/live-show.spec.ts: at most 13
 * commands in any second per token).
 */
export interface RoleLimits {
  /** Cost units a token may spend at once (a burst), refilled at `perSecond`. */
  burst: number;
  perSecond: number;
  /** Commands of one token in flight at once (the handlers that await: imports, OBS, chat sources). */
  concurrent: number;
}

export interface ClientLimits {
  roles: Record<Role, RoleLimits>;
  /** Sockets open at once on one token (a person's windows and tabs, reconnects overlapping). */
  socketsPerToken: number;
  /** Handshakes without a valid token, per remote address: a burst, then this many per second. */
  refusedHandshakes: { burst: number; perSecond: number };
  /** Transport connections at once, authenticated or not (a handshake not finished in time is dropped). */
  connections: number;
}

export const DEFAULT_LIMITS: ClientLimits = {
  roles: {
    host: { burst: 1000, perSecond: 300, concurrent: 64 },
    moderator: { burst: 200, perSecond: 40, concurrent: 16 },
    overlay: { burst: 100, perSecond: 20, concurrent: 8 },
  },
  socketsPerToken: 64,
  refusedHandshakes: { burst: 20, perSecond: 2 },
  connections: 2000,
};

/**
 * What a command costs: 1, more for the ones that read a long list (a page of `limit` rows, or the
 * whole catalog). A flood of 2,000-row pages spends a token's budget nine times as fast.
 */
export function commandCost(name: unknown, input: unknown): number {
  if (name === 'catalog.list') return 5;
  // A PDF rendered, a bank statement read (up to 5 MB) or issued in bulk: as heavy as the whole catalog.
  if (name === 'invoices.document' || name === 'invoices.bankPreview' || name === 'invoices.bankApply' || name === 'invoices.issueMany')
    return 5;
  const limit = (input as { limit?: unknown } | null | undefined)?.limit;
  const rows = typeof limit === 'number' && Number.isFinite(limit) ? Math.min(Math.max(limit, 0), 10_000) : 0;
  return 1 + Math.ceil(rows / 250);
}

class Bucket {
  private level: number;
  private at: number;
  constructor(
    private readonly limits: { burst: number; perSecond: number },
    now: number,
  ) {
    this.level = limits.burst;
    this.at = now;
  }
  /** Takes `cost` units if there are that many; otherwise how long until there will be (ms). */
  take(cost: number, now: number): number {
    this.level = Math.min(this.limits.burst, this.level + ((now - this.at) / 1000) * this.limits.perSecond);
    this.at = now;
    if (this.level >= cost) {
      this.level -= cost;
      return 0;
    }
    return Math.ceil(((cost - this.level) / this.limits.perSecond) * 1000);
  }
  /** Whether `cost` units are there now, without taking them. */
  has(cost: number, now: number): boolean {
    return Math.min(this.limits.burst, this.level + ((now - this.at) / 1000) * this.limits.perSecond) >= cost;
  }
  full(now: number): boolean {
    return this.level + ((now - this.at) / 1000) * this.limits.perSecond >= this.limits.burst;
  }
}

/** The longest a refusal is held before it is sent (see holdRefusal). */
export const MAX_REFUSAL_HOLD_MS = 1000;
/** Refusals held at once per token. */
export const HELD_REFUSALS_PER_TOKEN = 64;

const rateLimited = (key: ErrorKey, params: ErrorParams): StudioErrorShape => keyedError('rate_limited', key, params);

/** Per-token command budgets and in-flight counts, per-token socket counts, per-address refused handshakes. */
export class ClientLimiter {
  private readonly buckets = new Map<number, Bucket>();
  private readonly inFlight = new Map<number, number>();
  private readonly sockets = new Map<number, number>();
  private readonly refused = new Map<string, Bucket>();
  private readonly held = new Map<number, number>();

  constructor(
    private readonly clock: Clock,
    readonly limits: ClientLimits = DEFAULT_LIMITS,
  ) {}

  /** Before a command runs: null to go ahead (then `finished` once it has replied), or the typed refusal. */
  admitCommand(tokenId: number, role: Role, name: unknown, input: unknown): StudioErrorShape | null {
    const limits = this.limits.roles[role];
    const running = this.inFlight.get(tokenId) ?? 0;
    if (running >= limits.concurrent) {
      return rateLimited('tooManyAtOnce', { max: limits.concurrent });
    }
    const now = this.clock();
    let bucket = this.buckets.get(tokenId);
    if (!bucket) this.buckets.set(tokenId, (bucket = new Bucket(limits, now)));
    const waitMs = bucket.take(commandCost(name, input), now);
    if (waitMs > 0) return rateLimited('tooManyTryAgain', { ms: waitMs });
    this.inFlight.set(tokenId, running + 1);
    this.sweep(now);
    return null;
  }

  /**
   * How long to hold a refusal before sending it (ms; 0: now): the wait it names, at most MAX_REFUSAL_HOLD_MS. A client
   * that answers each refusal with its next call (a flood) then waits as it was told to, instead of spinning the core's
   * one thread on refusals while the host waits behind them. At most HELD_REFUSALS_PER_TOKEN are held per token (a client
   * that never waits for replies gets the rest at once); `refusalSent` when a held one goes out.
   */
  holdRefusal(tokenId: number, refusal: StudioErrorShape): number {
    const held = this.held.get(tokenId) ?? 0;
    if (held >= HELD_REFUSALS_PER_TOKEN) return 0;
    const ms = refusal.key === 'tooManyAtOnce' ? MAX_REFUSAL_HOLD_MS / 4 : Number(refusal.params?.ms ?? 0);
    const hold = Math.min(Math.max(ms, 0), MAX_REFUSAL_HOLD_MS);
    if (hold > 0) this.held.set(tokenId, held + 1);
    return hold;
  }

  refusalSent(tokenId: number): void {
    const held = (this.held.get(tokenId) ?? 1) - 1;
    if (held <= 0) this.held.delete(tokenId);
    else this.held.set(tokenId, held);
  }

  finished(tokenId: number): void {
    const running = (this.inFlight.get(tokenId) ?? 1) - 1;
    if (running <= 0) this.inFlight.delete(tokenId);
    else this.inFlight.set(tokenId, running);
  }

  /** A socket with a valid token wants in: false when the token already has its share open. */
  openSocket(tokenId: number): boolean {
    const open = this.sockets.get(tokenId) ?? 0;
    if (open >= this.limits.socketsPerToken) return false;
    this.sockets.set(tokenId, open + 1);
    return true;
  }

  closeSocket(tokenId: number): void {
    const open = (this.sockets.get(tokenId) ?? 1) - 1;
    if (open <= 0) this.sockets.delete(tokenId);
    else this.sockets.set(tokenId, open);
  }

  /**
   * Before a handshake's token is checked: false when this address has had too many refused
   * lately (a bad token from it is then refused without a log line of its own).
   */
  mayTryHandshake(address: string): boolean {
    const bucket = this.refused.get(address);
    return !bucket || bucket.has(1, this.clock());
  }

  /** A handshake from this address was refused (no token, a wrong or revoked one). */
  handshakeRefused(address: string): void {
    const now = this.clock();
    let bucket = this.refused.get(address);
    if (!bucket) this.refused.set(address, (bucket = new Bucket(this.limits.refusedHandshakes, now)));
    bucket.take(1, now);
    this.sweep(now);
  }

  private lastSweep = 0;
  /** Forgets full buckets now and then, so a stream of one-off addresses or tokens cannot grow the maps. */
  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [key, bucket] of this.refused) if (bucket.full(now)) this.refused.delete(key);
    for (const [key, bucket] of this.buckets) if (bucket.full(now) && !this.inFlight.has(key)) this.buckets.delete(key);
  }
}
