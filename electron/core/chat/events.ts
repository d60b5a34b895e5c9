import type { ChatMessage, Platform } from '../../../shared/contract/chat';

/** What a connector hands to ingest: messages plus the platform's moderation and show events. */
export type ChatEvent =
  | { kind: 'message'; message: ChatMessage }
  /** One message retracted (Twitch CLEARMSG, YouTube messageDeletedEvent). */
  | { kind: 'delete'; platform: Platform; platformMessageId: string; at: number }
  /** An author banned or timed out (Twitch CLEARCHAT with a user, YouTube userBannedEvent): their messages are marked. */
  | { kind: 'ban'; platform: Platform; channel: string; platformUserId: string; at: number; durationSec: number | null }
  /** A moderator cleared the whole chat: recorded on the timeline, messages (orders) stay as they were. */
  | { kind: 'clear'; platform: Platform; channel: string; at: number }
  /** A show event carried by a replay, e.g. {"type":"feature","code":"A12","at":…}. */
  | {
      kind: 'feature';
      code: string | null;
      at: number;
      /** The recording's own time: the same change replayed again is known by it. */ recordedAt?: number;
    }
  /** A connector came back after losing its connection: messages in (from, to) may be missing. */
  | { kind: 'gap'; connectorId: string; platform: Platform; channel: string; from: number; to: number };

export interface ChatSink {
  push(event: ChatEvent): void;
  /** Resolves once everything pushed so far is on disk (replay uses it as back-pressure). */
  drain(): Promise<void>;
}

/** Logger-ish callback: the composition root passes pino or a test spy. */
export type ChatLog = (level: 'debug' | 'info' | 'warn' | 'error', message: string, data?: Record<string, unknown>) => void;

export const silentLog: ChatLog = () => {};
