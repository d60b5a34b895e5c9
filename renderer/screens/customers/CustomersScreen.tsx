import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerSummary, Role } from '../../../shared/contract';
import { formatMoney } from '../../../shared/domain/money';
import type { StudioClient } from '../../lib/studio-client';
import { useCommand } from '../../lib/use-command';
import { useConnectionPhase, useEvent } from '../../lib/use-studio';
import { CustomerPage } from './CustomerPage';
import './customers.css';
import { Isolated } from '../../widgets/Isolated';

const TAG_FILTERS = ['', 'vip', 'do_not_sell'] as const;

/** Customers across shows and platforms: the list (search, tag, sort) and one customer's page beside it. */
export function CustomersScreen({ client, role }: { client: StudioClient; role: Role }) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const [tag, setTag] = useState<string>('');
  const [sort, setSort] = useState<'lastSeen' | 'spend' | 'name'>('lastSeen');
  const [list, setList] = useState<{ customers: CustomerSummary[]; total: number } | null>(null);
  const [openId, setOpenId] = useState<number | null>(() => customerFromHash());
  const { error, run } = useCommand();
  const phase = useConnectionPhase(client);

  const load = useCallback(() => {
    void run(async () =>
      setList(await client.call('customers.list', { search: search || undefined, tag: tag || undefined, sort, offset: 0, limit: 200 })),
    );
  }, [client, run, search, tag, sort]);
  useEffect(() => {
    if (phase !== 'connected') return;
    const timer = setTimeout(load, 150);
    return () => clearTimeout(timer);
  }, [load, phase]);
  useEvent(client, 'customers.changed', load);

  const open = (id: number | null) => {
    setOpenId(id);
    writeCustomerHash(id);
  };

  return (
    <div className="customers-screen ws-grid" data-testid="customers-screen">
      <section className="ws-panel ws-list customers-list">
        <h2>{t('customers.title')}</h2>
        <div className="customers-filters">
          <input
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder={t('customers.searchPlaceholder')}
            aria-label={t('customers.searchPlaceholder')}
            data-testid="customers-search"
          />
          <select value={tag} onChange={(e) => setTag(e.target.value)} aria-label={t('customers.tagFilter')} data-testid="customers-tag">
            {TAG_FILTERS.map((x) => (
              <option key={x} value={x}>
                {x === '' ? t('customers.allTags') : t(`customers.tag.${x}`)}
              </option>
            ))}
          </select>
          <select value={sort} onChange={(e) => setSort(e.target.value as typeof sort)} aria-label={t('customers.sortLabel')}>
            {(['lastSeen', 'spend', 'name'] as const).map((x) => (
              <option key={x} value={x}>
                {t(`customers.sort.${x}`)}
              </option>
            ))}
          </select>
        </div>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <p className="muted">{list ? t('customers.count', { count: list.total }) : t('customers.loading')}</p>
        <ul data-testid="customers-rows">
          {list?.customers.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                className={`customer-row ${openId === c.id ? 'on' : ''}`}
                onClick={() => open(c.id)}
                data-testid="customer-row"
                data-customer-id={c.id}
              >
                <span className="customer-name">
                  <Isolated>{c.erased ? t('customers.erasedName', { id: c.id }) : c.name}</Isolated>
                  {c.tags.includes('vip') && <span className="bb bb-vip">{t('customers.badge.vip')}</span>}
                  {c.tags.includes('do_not_sell') && <span className="bb bb-dns">{t('customers.badge.doNotSell')}</span>}
                  {c.nonPayments > 0 && <span className="bb bb-np">{t('customers.badge.nonPayments', { count: c.nonPayments })}</span>}
                </span>
                <span className="muted customer-platforms">
                  {c.platforms.map((p) => t(`chat.platformShort.${p}`, { defaultValue: p })).join(' · ')}
                </span>
                <span className="customer-spend">{formatMoney(c.lifetimeSpendMinor, c.currency, i18n.language)}</span>
                <span className="muted customer-meta">{t('customers.ordersShows', { orders: c.orders, shows: c.shows })}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section className="ws-panel customer-page-panel">
        {openId === null ? (
          <p className="muted">{t('customers.pick')}</p>
        ) : (
          <CustomerPage key={openId} client={client} role={role} customerId={openId} onOpen={open} />
        )}
      </section>
    </div>
  );
}

function customerFromHash(): number | null {
  const n = Number(new URLSearchParams(window.location.hash.replace(/^#/, '')).get('customer'));
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

/** The open customer is kept in the address beside the tab (a reload opens the same page). */
function writeCustomerHash(id: number | null): void {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  if (id === null) params.delete('customer');
  else params.set('customer', String(id));
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}#${params.toString()}`);
}
