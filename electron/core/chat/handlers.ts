import type { chatCommands, sourcesCommands } from '../../../shared/contract';
import type { HandlersOf } from '../server/dispatch';
import type { ChatService } from './service';
import type { ChatSourcesService } from './sources-service';

export function chatHandlers(chat: ChatService): HandlersOf<typeof chatCommands> {
  return {
    'chat.recent': ({ afterSeq, limit }) => chat.recent(afterSeq, limit),
    'chat.manual': (input, ctx) => chat.enterManual({ ...input, enteredBy: ctx.actor }),
    'chat.send': ({ platform, text, replyTo }) => chat.send(platform, text, replyTo),
    'chat.outbox': () => chat.outbox(),
  };
}

export function sourcesHandlers(sources: ChatSourcesService): HandlersOf<typeof sourcesCommands> {
  return {
    'chat.sources.list': () => sources.list(),
    'chat.sources.add': (input) => sources.add(input),
    'chat.sources.remove': ({ id }) => sources.remove(id),
  };
}
