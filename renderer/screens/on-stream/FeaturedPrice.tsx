import { useTranslation } from 'react-i18next';
import './on-stream.css';
import type { PriceTag } from '../../../shared/contract';
import { dealPhaseAt, dealQuotaTaken } from '../../../shared/domain/deals';
import { formatMoney } from '../../../shared/domain/money';
import { clock, priceView, showsDealPrice } from '../../../shared/overlay/format';

/**
 * The featured product's price on the host's card and the console: the core's price tag
 * (commerce/pricing.ts), the same one the overlay shows and orders are priced with. A planned
 * deal is shown as planned, never as the price; a "was" price only when the core found one that
 * is legal (the lowest of the previous 30 days).
 */
export function FeaturedPrice({ tag, coreNow }: { tag: PriceTag | null; coreNow: number }) {
  const { t, i18n } = useTranslation();
  const view = priceView(tag, coreNow);
  if (!tag || !view) return null;
  const money = (minor: number) => formatMoney(minor, tag.currency, i18n.language);
  const deal = tag.deal;
  const onDeal = showsDealPrice(tag, view);
  const now = money(view.nowMinor);
  return (
    <>
      <div className="featured-price" data-testid="featured-price" data-now-minor={view.nowMinor} data-was-minor={view.wasMinor ?? ''}>
        <span className={onDeal ? 'deal' : undefined}>{view.from ? t('liveTruth.from', { price: now }) : now}</span>
        {view.wasMinor !== null && (
          <s className="was" data-testid="featured-was" title={t('liveTruth.wasHint')}>
            {money(view.wasMinor)}
          </s>
        )}
      </div>
      {deal && <DealLine deal={deal} coreNow={coreNow} money={money} />}
    </>
  );
}

function DealLine({ deal, coreNow, money }: { deal: NonNullable<PriceTag['deal']>; coreNow: number; money: (minor: number) => string }) {
  const { t } = useTranslation();
  const price = money(deal.priceMinor);
  const endsAt = deal.endsAt ?? 0;
  const graceUntil = deal.graceUntil ?? endsAt;
  const phase = dealPhaseAt(deal, coreNow);
  let text: string;
  if (phase === 'planned')
    text =
      t('liveTruth.dealPlanned', { price, seconds: deal.seconds ?? 0 }) +
      (deal.quota !== null ? ` · ${t('liveTruth.quota', { count: deal.quota })}` : '');
  else if (phase === 'running')
    text =
      t('liveTruth.dealRunning', { price, time: clock((endsAt - coreNow) / 1000) }) +
      (deal.left !== null && deal.quota !== null ? ` · ${t('liveTruth.quotaLeft', { left: deal.left, quota: deal.quota })}` : '');
  else if (phase === 'grace') text = t('liveTruth.dealGrace', { time: clock((graceUntil - coreNow) / 1000) });
  else
    text =
      t('liveTruth.dealEnded') +
      (dealQuotaTaken(deal.left) && deal.quota !== null ? ` · ${t('liveTruth.quotaLeft', { left: 0, quota: deal.quota })}` : '');
  return (
    <div className={`deal-line deal-${phase}`} data-testid="deal-line" data-deal-phase={phase} data-deal-left={deal.left ?? ''}>
      {text}
    </div>
  );
}
