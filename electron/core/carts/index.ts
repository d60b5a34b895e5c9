/**
 * Carts after the show (issue 11), one job per module; the composition root builds and wires them:
 *
 * - CartsService: the contract's carts commands and the sweep's work (one transaction each, versions checked).
 * - DeadlineSweeper: drives reminders, releases and the end of waitlists from the injected Clock.
 * - views.ts / reminders.ts: carts as clients see them; the payment reminder text.
 * - csv.ts: `studio export --what orders|carts`.
 *
 * Stock goes back and waitlists move through commerce's own paths (transitions.ts, waitlist.ts).
 */
export { CartsService } from './carts-service';
export { DeadlineSweeper } from './deadline-sweeper';
