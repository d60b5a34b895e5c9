import { z } from 'zod';
import { ChatMessageSchema, PlatformSchema } from '../../../shared/contract/chat';
import type { ChatEvent } from './events';

/**
 * A platform's JSON is input: a field of the wrong type (a number for the text, an object for an
 * id) must not reach ingest, where a row that cannot be stored would be retried forever and hold
 * up every message behind it. Connectors that read JSON (YouTube, Facebook) pass each event they
 * made through here and skip what fails, with a count in their status.
 */
const Timestamp = z.number().finite();
const ChatEventSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('message'), message: ChatMessageSchema }),
  z.object({ kind: z.literal('delete'), platform: PlatformSchema, platformMessageId: z.string().min(1), at: Timestamp }),
  z.object({
    kind: z.literal('ban'),
    platform: PlatformSchema,
    channel: z.string(),
    platformUserId: z.string().min(1),
    at: Timestamp,
    durationSec: z.number().finite().nonnegative().nullable(),
  }),
  z.object({ kind: z.literal('clear'), platform: PlatformSchema, channel: z.string(), at: Timestamp }),
]);

/** The event, parsed, if it is well formed; null otherwise (never throws). */
export function wellFormedEvent(make: () => ChatEvent | null): ChatEvent | null {
  let event: ChatEvent | null;
  try {
    event = make();
  } catch {
    return null; // a shape the normaliser did not expect (an item that is null, a snippet that is a number)
  }
  if (event === null) return null;
  const parsed = ChatEventSchema.safeParse(event);
  return parsed.success ? (parsed.data as ChatEvent) : null;
}

/** A JSON page from a platform: an object, or a clear error (never a TypeError later). */
export function jsonObject(text: string, what: string): Record<string, unknown> {
  const value: unknown = JSON.parse(text);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${what}: the response is not a JSON object`);
  return value as Record<string, unknown>;
}

/** The list of items in a page, or an error when the field is there but not a list. */
export function jsonItems(body: Record<string, unknown>, field: string, what: string): unknown[] {
  const items = body[field];
  if (items === undefined || items === null) return [];
  if (!Array.isArray(items)) throw new Error(`${what}: "${field}" is not a list`);
  return items;
}
