import type { Role, ShowSummary } from '../../../shared/contract';
import type { StudioClient } from '../../lib/studio-client';

/** A show's carts after the show: filter, select in bulk, open a cart. */
export function ReviewScreen(props: { client: StudioClient; role: Role; showId: number | null; show: ShowSummary | null }) {
  return <section className="review" data-testid="review" data-show-id={props.showId ?? ''} />;
}
