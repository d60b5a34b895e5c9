/**
 * Chat sources the host configures from inside the studio: each is saved in
 * settings (address only), its token or key in the secret store, and its
 * connector is started when added and again at every studio start.
 */
import { sourceAddress, type ChatSourceAdd, type ChatSourceConfig, type ChatSourceEntry } from '../../../shared/contract/sources';
import { StudioError } from '../../../shared/contract/errors';
import type { Clock } from '../clock';
import type { SecretStore } from '../secrets/secret-store';
import type { ConnectorStatus } from './connector';
import type { ChatLog } from './events';
import { sourceAdapter } from './platforms';
import type { ChatService } from './service';

export interface ChatSourcesOptions {
  chat: ChatService;
  secrets: SecretStore;
  readSources(): ChatSourceConfig[];
  saveSources(sources: ChatSourceConfig[]): void;
  log: ChatLog;
  clock: Clock;
}

/** The connector id a source runs under (the same ids the connectors pick themselves), e.g. `twitch:demoshop`. */
export function sourceId(source: ChatSourceAdd | ChatSourceConfig): string {
  return `${source.platform}:${sourceAddress(source)}`;
}

/** Where a source's secret lives in the secret store, e.g. `chat.twitch.demoshop.token`. */
export function secretName(source: ChatSourceConfig): string {
  return `chat.${source.platform}.${sourceAddress(source)}.${sourceAdapter(source.platform).contract.secret}`;
}

/** Splits what `chat.sources.add` took into what settings keep (the platform's config schema) and the secret. */
function split(input: ChatSourceAdd): { source: ChatSourceConfig; secret: string | undefined } {
  const { contract } = sourceAdapter(input.platform);
  const { [contract.secret]: secret, ...rest } = input as Record<string, unknown>;
  const source = contract.config.parse({ ...rest, id: sourceId(input) }) as ChatSourceConfig;
  return { source, secret: secret as string | undefined };
}

export class ChatSourcesService {
  private readonly clock: Clock;
  /** Why a saved source could not be started (its connector refused its settings): shown as 'failed'. */
  private readonly startFailures = new Map<string, { at: number; detail: string }>();

  constructor(private readonly options: ChatSourcesOptions) {
    this.clock = options.clock;
  }

  /** Starts every saved source; one that cannot start is reported as failed and does not stop the others. */
  start(): void {
    for (const source of this.options.readSources()) {
      try {
        this.connect(source, this.options.secrets.get(secretName(source)) ?? undefined);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        this.startFailures.set(source.id, { at: this.clock(), detail });
        this.options.log('warn', 'saved chat source not started', { id: source.id, detail });
      }
    }
  }

  list(): ChatSourceEntry[] {
    const statuses = new Map(this.options.chat.statuses().map((s) => [s.id, s]));
    return this.options.readSources().map((source) => this.entry(source, statuses.get(source.id)));
  }

  add(input: ChatSourceAdd): ChatSourceEntry {
    const { source, secret } = split(input);
    if (this.options.readSources().some((s) => s.id === source.id)) {
      throw StudioError.of('conflict', 'isAlreadyAChatSource', { id: source.id });
    }
    try {
      this.connect(source, secret);
    } catch (error) {
      if (error instanceof StudioError) throw error;
      throw StudioError.of('invalid_input', 'sourceRefused', { detail: error instanceof Error ? error.message : String(error) });
    }
    // Saved only once its connector exists, so a refused source leaves neither a setting nor a secret behind.
    if (secret) this.options.secrets.set(secretName(source), secret);
    else this.options.secrets.delete(secretName(source));
    this.options.saveSources([...this.options.readSources(), source]);
    this.startFailures.delete(source.id);
    this.options.log('info', 'chat source added', { id: source.id, hasToken: Boolean(secret) });
    return this.entry(
      source,
      this.options.chat.statuses().find((s) => s.id === source.id),
    );
  }

  async remove(id: string): Promise<ChatSourceEntry[]> {
    const sources = this.options.readSources();
    const source = sources.find((s) => s.id === id);
    if (!source) throw StudioError.of('not_found', 'noChatSource', { id });
    this.options.saveSources(sources.filter((s) => s.id !== id));
    this.options.secrets.delete(secretName(source));
    this.startFailures.delete(id);
    await this.options.chat.remove(id);
    this.options.log('info', 'chat source removed', { id });
    return this.list();
  }

  private connect(source: ChatSourceConfig, secret: string | undefined): void {
    const options = sourceAdapter(source.platform).options(source, secret);
    // The adapter made `options` for this very platform: the union of option types cannot show it.
    this.options.chat.connect(source.platform, options as never);
  }

  private entry(source: ChatSourceConfig, status: ConnectorStatus | undefined): ChatSourceEntry {
    const failure = this.startFailures.get(source.id);
    return {
      source,
      hasToken: this.options.secrets.get(secretName(source)) !== null,
      status: status ?? {
        id: source.id,
        platform: source.platform,
        channel: sourceAddress(source),
        state: failure ? 'failed' : 'disconnected',
        since: failure?.at ?? this.clock(),
        detail: failure?.detail ?? null,
      },
    };
  }
}
