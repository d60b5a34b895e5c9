import type { Language } from '../../../shared/contract';
import { displayText } from '../../../shared/overlay/format';
import { plural, type OverlayStrings } from '../../../shared/overlay/i18n';
import type { ReceivedClaim } from '../overlay-store';
import { useWakeAt } from '../use-wake';
import { Template } from './Template';

/** Each thank-you stays this long, and at most this many at once (newest at the bottom). */
export const CLAIM_SHOWN_MS = 8_000;
const MAX_VISIBLE = 3;
/** Matches the claim leave animation in overlay.css. */
const LEAVE_MS = 500;

/** "Anna claimed A12 ✓" ("Dan claimed 2 × A12 S/Blue"): thank-you toasts that slide in and fade out by themselves. */
export function ClaimsTicker({ claims, strings, language }: { claims: ReceivedClaim[]; strings: OverlayStrings; language: Language }) {
  // One render per expiry, not a loop: wake when the oldest visible toast should go.
  const now = Date.now();
  const visible = claims.filter((c) => now - c.receivedAt < CLAIM_SHOWN_MS).slice(-MAX_VISIBLE);
  // Each toast changes twice: when it starts leaving, and when it is gone.
  const changes = visible.flatMap((c) => [c.receivedAt + CLAIM_SHOWN_MS - LEAVE_MS, c.receivedAt + CLAIM_SHOWN_MS]).filter((t) => t > now);
  useWakeAt(changes.length > 0 ? Math.min(...changes) : null);
  return (
    <ol className="ticker" data-testid="ticker" aria-live="polite">
      {visible.map(({ claim, receivedAt }) => {
        // The last second: the leave animation plays, then the item is gone with the next render.
        const leaving = now - receivedAt >= CLAIM_SHOWN_MS - LEAVE_MS;
        return (
          <li key={`${claim.id}@${claim.at}`} className={`claim${leaving ? ' leaving' : ''}`} data-testid="claim">
            <span className="claim-check" aria-hidden>
              ✓
            </span>
            <span className="claim-text">
              <Template
                template={claim.quantity > 1 ? plural(strings.claimedMany, claim.quantity, language) : strings.claimed}
                slots={{
                  n: <span className="claim-quantity">{claim.quantity}</span>,
                  buyer: (
                    <bdi className="claim-buyer" data-testid="claim-buyer">
                      {displayText(claim.buyer)}
                    </bdi>
                  ),
                  code: <bdi className="claim-code">{displayText(claim.variant ? `${claim.code} ${claim.variant}` : claim.code)}</bdi>,
                }}
              />
            </span>
          </li>
        );
      })}
    </ol>
  );
}
