/**
 * What a transaction did that the world hears about only after it commits:
 * orders and questions to send to clients, stock to refresh, chat posts and
 * ticker claims. Collected while the transaction runs; thrown away on rollback.
 */
export class Effects {
  readonly orders = new Set<number>();
  readonly questions = new Set<number>();
  /** Variants whose free stock changed. */
  readonly variants = new Set<number>();
  /** Orders that took their stock just now (a claim, a promotion, a completed or corrected order): thank-you and ticker. */
  readonly held: number[] = [];
  /** Orders that joined a waitlist just now. */
  readonly waitlisted: number[] = [];
  /** "Needs details" orders made just now: the studio may ask the buyer. */
  readonly needsDetails: number[] = [];
  /** Questions with an answer ready to post when auto-replies are on. */
  readonly autoAnswers: number[] = [];
  /** Orders made from old messages (a replay catching up): no chat posts for them, the moment has passed. */
  readonly quiet = new Set<number>();
  featureChanged = false;

  get empty(): boolean {
    return this.orders.size === 0 && this.questions.size === 0 && this.variants.size === 0 && !this.featureChanged;
  }
}

/** Adds what a finished step did (a message's savepoint that committed) to the batch's effects. */
export function mergeEffects(into: Effects, from: Effects): void {
  for (const id of from.orders) into.orders.add(id);
  for (const id of from.questions) into.questions.add(id);
  for (const id of from.variants) into.variants.add(id);
  for (const id of from.quiet) into.quiet.add(id);
  into.held.push(...from.held);
  into.waitlisted.push(...from.waitlisted);
  into.needsDetails.push(...from.needsDetails);
  into.autoAnswers.push(...from.autoAnswers);
  into.featureChanged ||= from.featureChanged;
}
