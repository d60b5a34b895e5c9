import type { overlayCommands } from '../../../shared/contract';
import type { HandlersOf } from '../server/dispatch';
import type { ShowService } from '../shows/show-service';
import type { OverlayService } from './overlay-service';

export function overlayHandlers(overlay: OverlayService, shows: ShowService): HandlersOf<typeof overlayCommands> {
  return {
    'overlay.state': () => overlay.state(),
    'overlay.pin': (input, ctx) => overlay.pin(input, ctx.actor),
    'overlay.unpin': () => overlay.unpin(),
    // A test line in the ticker: the featured product unless the host names one.
    'overlay.testClaim': (input) =>
      overlay.announceClaim({
        buyer: input.buyer ?? 'Anna',
        code: input.code ?? shows.featured()?.product?.code ?? 'A12',
        variant: input.variant ?? 'M',
        quantity: input.quantity ?? 1,
      }),
  };
}
