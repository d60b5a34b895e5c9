import type { lineupCommands, showCommands } from '../../../shared/contract';
import type { HandlersOf } from '../server/dispatch';
import type { LineupService } from './lineup-service';
import type { ShowService } from './show-service';

export function showHandlers(shows: ShowService): HandlersOf<typeof showCommands> {
  return {
    'show.current': () => shows.current(),
    'show.list': () => shows.list(),
    'show.create': (input, ctx) => shows.create(input, ctx.actor),
    'show.update': ({ showId, ...patch }) => shows.update(showId, patch),
    'show.goLive': ({ showId }, ctx) => shows.goLive(showId, ctx.actor),
    'show.end': ({ showId }, ctx) => shows.end(showId, ctx.actor),
    'show.featured': () => shows.featured(),
    'show.feature': (input, ctx) => shows.feature(input, ctx.actor),
    'show.timeline': ({ afterSeq, limit }) => shows.timeline(afterSeq, limit),
  };
}

export function lineupHandlers(lineup: LineupService): HandlersOf<typeof lineupCommands> {
  return {
    'lineup.get': ({ showId }) => lineup.get(showId),
    'lineup.add': (input) => lineup.add(input),
    'lineup.remove': ({ itemId }) => lineup.remove(itemId),
    'lineup.move': ({ itemId, toPosition }) => lineup.move(itemId, toPosition),
    'lineup.reorder': (input) => lineup.reorder(input),
    'lineup.update': (input) => lineup.update(input),
  };
}
