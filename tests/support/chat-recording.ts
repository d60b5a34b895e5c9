/** Lines of a recorded chat, the JSONL file a replay source and `studio listen --replay` read. */
import type { Platform } from '../../shared/contract';

/** One chat message said by `user` (as both id and name) at `at`, received at once. */
export function recordedMessage(platform: Platform, id: string, user: string, text: string, at: number): string {
  return JSON.stringify({
    platform,
    platformMessageId: id,
    channel: 'demo',
    author: { platformUserId: user, name: user, badges: [] },
    text,
    receivedAt: at,
    sentAt: at,
  });
}

/** The host featuring the product with claim code `code` at `at` ("this one" in later lines). */
export function recordedFeature(code: string, at: number): string {
  return JSON.stringify({ type: 'feature', code, at });
}
