import path from 'node:path';
import { StudioError } from '../../../shared/contract';
import type { ReplayResult } from '../chat/replay/replay-connector';
import type { ShowService } from '../shows/show-service';
import type { ChatService } from '../chat/service';

/** The recorded chat of the demo show, written by the project (scripts/demo-chat.mjs). */
export function demoChatFile(resourcesDir: string): string {
  return path.join(resourcesDir, 'demo', 'chat.jsonl');
}

/**
 * Puts the seeded demo show live and plays the recorded chat into it through the replay connector:
 * at speed 1 in the demo studio (a newcomer watches it happen), at 'max' in tests.
 * Resolves once the replay is playing; `done` when the whole file is on disk.
 */
export function playDemoShow(
  parts: { shows: ShowService; chat: ChatService },
  options: { resourcesDir: string; speed: number | 'max' },
): { done: Promise<ReplayResult> } {
  const show = parts.shows.current();
  if (!show) throw StudioError.of('not_found', 'theDemoHasNoShowIts');
  if (show.state === 'draft') parts.shows.goLive(show.id, 'demo');
  const replay = parts.chat.connect('replay', { file: demoChatFile(options.resourcesDir), speed: options.speed, id: 'demo' });
  return { done: replay.done };
}
