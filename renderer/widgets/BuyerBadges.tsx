import { useTranslation } from 'react-i18next';
import type { BuyerBadges as Badges } from '../../shared/contract';
import './buyer-badges.css';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * The small marks beside a buyer's name (issue 15): first-time or returning, VIP, do-not-sell and
 * the count of non-payments. Computed by the core and sent with the rows; this only draws them.
 */
export function BuyerBadges({ badges }: { badges: Badges | undefined }) {
  const { t } = useTranslation();
  return <BuyerBadgesView badges={badges} t={t as Translate} />;
}

/** The same marks drawn with a translate function the caller holds (a chat line takes its feed's: no subscription per line). */
export function BuyerBadgesView({ badges, t }: { badges: Badges | undefined; t: Translate }) {
  if (!badges) return null;
  return (
    <span className="buyer-badges" data-testid="buyer-badges">
      <span className={`bb bb-${badges.visit}`} data-badge={badges.visit} title={t(`customers.badge.${badges.visit}Title`)}>
        {t(`customers.badge.${badges.visit}`)}
      </span>
      {badges.vip && (
        <span className="bb bb-vip" data-badge="vip" title={t('customers.badge.vipTitle')}>
          {t('customers.badge.vip')}
        </span>
      )}
      {badges.doNotSell && (
        <span className="bb bb-dns" data-badge="do_not_sell" title={t('customers.badge.doNotSellTitle')}>
          {t('customers.badge.doNotSell')}
        </span>
      )}
      {badges.nonPayments > 0 && (
        <span className="bb bb-np" data-badge="non_payments" title={t('customers.badge.nonPaymentsTitle', { count: badges.nonPayments })}>
          {t('customers.badge.nonPayments', { count: badges.nonPayments })}
        </span>
      )}
    </span>
  );
}
