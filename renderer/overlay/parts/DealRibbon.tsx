import type { Deal, Language } from '../../../shared/contract';
import { clock, money } from '../../../shared/overlay/format';
import { fill } from '../../../shared/i18n/fill';
import { plural, type OverlayStrings } from '../../../shared/overlay/i18n';

/** At or below this many deal units left (and above 0), the ribbon has its "only N left" moment. */
export const ONLY_LEFT_AT = 3;

/** The flash deal over the card: countdown and quota left ("5 left at 19.99"), or "Deal ended" for a moment. */
export function DealRibbon(props: {
  deal: Deal;
  running: boolean;
  remainingMs: number;
  currency: string;
  language: Language;
  strings: OverlayStrings;
}) {
  const { deal, strings, language } = props;
  const price = money(deal.priceMinor, props.currency, language);
  if (!props.running) {
    return (
      <div className="deal-ribbon ended" data-testid="deal" data-deal-state="ended">
        <span className="deal-label">{strings.dealEnded}</span>
      </div>
    );
  }
  return (
    <div className="deal-ribbon" data-testid="deal" data-deal-state="running">
      <span className="deal-label">{strings.flashDeal}</span>
      <span className="deal-countdown" data-testid="deal-countdown">
        {clock(props.remainingMs / 1000)}
      </span>
      <span className="deal-quota" data-testid="deal-quota" data-left={deal.left ?? ''}>
        {deal.left !== null ? fill(plural(strings.dealLeft, deal.left, language), { n: deal.left, price }) : price}
      </span>
      {deal.left !== null && deal.left > 0 && deal.left <= ONLY_LEFT_AT && (
        <span className="deal-only-left" data-testid="deal-only-left" role="status">
          {fill(plural(strings.onlyLeft, deal.left, language), { n: deal.left })}
        </span>
      )}
    </div>
  );
}
