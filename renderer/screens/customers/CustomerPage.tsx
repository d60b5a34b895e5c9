import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerPage as Page, Role } from '../../../shared/contract';
import { formatMoney } from '../../../shared/domain/money';
import { formatShowTime } from '../../lib/show-time';
import type { StudioClient } from '../../lib/studio-client';
import { useCommand } from '../../lib/use-command';
import { useEvent } from '../../lib/use-studio';
import { Isolated, isolateText } from '../../widgets/Isolated';

/**
 * One customer: identities across platforms, figures, tags, VIP terms, contact and shipping
 * details, merge suggestions and merges (undo), orders, carts, questions, non-payments, history;
 * the personal-data export and the erasure.
 */
export function CustomerPage({
  client,
  role,
  customerId,
  onOpen,
}: {
  client: StudioClient;
  role: Role;
  customerId: number;
  onOpen: (id: number | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState<Page | null>(null);
  const { busy, error, run } = useCommand();
  const [newTag, setNewTag] = useState('');
  const [confirmErase, setConfirmErase] = useState('');
  const [contact, setContact] = useState({ email: '', phone: '', note: '' });
  const host = role === 'host';

  const show = useCallback((p: Page | undefined) => {
    if (!p) return;
    setPage(p);
    setContact({ email: p.email ?? '', phone: p.phone ?? '', note: p.note });
  }, []);
  const load = useCallback(() => void run(() => client.call('customers.get', { customerId })).then(show), [client, customerId, run, show]);
  useEffect(load, [load]);
  useEvent(
    client,
    'customers.changed',
    useCallback((e: { customerIds: number[] }) => (e.customerIds.includes(customerId) ? load() : undefined), [customerId, load]),
  );

  const act = (action: () => Promise<Page>) => void run(action).then(show);
  if (!page) return <p className="muted">{error ?? t('customers.loading')}</p>;
  const c = page.customer;
  const money = (minor: number) => formatMoney(minor, c.currency, i18n.language);
  const date = (at: number) => formatShowTime(at, i18n.language, undefined, 'date');
  const hasTag = (tag: string) => c.tags.includes(tag);
  const toggle = (tag: string) =>
    act(() => client.call('customers.setTags', { customerId, add: hasTag(tag) ? [] : [tag], remove: hasTag(tag) ? [tag] : [] }));

  const download = async () => {
    const file = await run(() => client.call('customers.export', { customerId }));
    if (!file) return;
    const url = URL.createObjectURL(new Blob([file.json], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = file.fileName;
    a.click();
    URL.revokeObjectURL(url);
  };

  return (
    <article className="customer-page" data-testid="customer-page" data-customer-id={c.id} data-erased={c.erased}>
      <header className="customer-head">
        <h2>
          <Isolated data-testid="customer-name">{c.erased ? t('customers.erasedName', { id: c.id }) : c.name}</Isolated>
        </h2>
        <div className="customer-tags" data-testid="customer-tags">
          {c.tags.map((tag) => (
            <span key={tag} className={`bb ${tag === 'vip' ? 'bb-vip' : tag === 'do_not_sell' ? 'bb-dns' : ''}`} data-tag={tag}>
              {tag === 'vip' || tag === 'do_not_sell' ? t(`customers.tag.${tag}`) : tag}
              {!c.erased && (
                <button
                  type="button"
                  className="tag-x"
                  aria-label={t('customers.removeTag', { tag })}
                  disabled={busy}
                  onClick={() => act(() => client.call('customers.setTags', { customerId, add: [], remove: [tag] }))}
                >
                  ×
                </button>
              )}
            </span>
          ))}
        </div>
      </header>
      {error && (
        <p className="error" role="alert" data-testid="customer-error">
          {error}
        </p>
      )}

      <dl className="customer-figures">
        <div>
          <dt>{t('customers.spend')}</dt>
          <dd data-testid="customer-spend">{money(c.lifetimeSpendMinor)}</dd>
        </div>
        <div>
          <dt>{t('customers.orders')}</dt>
          <dd>{c.orders}</dd>
        </div>
        <div>
          <dt>{t('customers.shows')}</dt>
          <dd>{c.shows}</dd>
        </div>
        <div>
          <dt>{t('customers.lastSeen')}</dt>
          <dd>{date(c.lastSeenAt)}</dd>
        </div>
        <div>
          <dt>{t('customers.nonPayments')}</dt>
          <dd className={c.nonPayments ? 'warn' : ''}>{c.nonPayments}</dd>
        </div>
      </dl>

      <section>
        <h3>{t('customers.identities')}</h3>
        <ul className="customer-identities" data-testid="customer-identities">
          {c.identities.map((i) => (
            <li key={i.buyerId} data-platform={i.platform}>
              <span className="bb">{t(`chat.platformShort.${i.platform}`, { defaultValue: i.platform })}</span>{' '}
              <Isolated>{c.erased ? t('customers.erasedName', { id: c.id }) : i.name}</Isolated>{' '}
              <span className="muted">
                {i.platformUserId} · {t('customers.firstSeen', { date: date(i.firstSeenAt) })}
              </span>
            </li>
          ))}
        </ul>
      </section>

      {!c.erased && (
        <section className="customer-actions">
          <h3>{t('customers.tagsAndTerms')}</h3>
          <div className="row">
            <button
              type="button"
              className={`small ${hasTag('vip') ? 'primary' : ''}`}
              disabled={busy}
              onClick={() => toggle('vip')}
              data-testid="toggle-vip"
            >
              {t(hasTag('vip') ? 'customers.unsetVip' : 'customers.setVip')}
            </button>
            <button
              type="button"
              className={`small ${hasTag('do_not_sell') ? 'danger' : ''}`}
              disabled={busy}
              onClick={() => toggle('do_not_sell')}
              data-testid="toggle-dns"
            >
              {t(hasTag('do_not_sell') ? 'customers.unsetDoNotSell' : 'customers.setDoNotSell')}
            </button>
            <form
              onSubmit={(e) => {
                e.preventDefault();
                if (!newTag.trim()) return;
                act(() => client.call('customers.setTags', { customerId, add: [newTag.trim()], remove: [] }));
                setNewTag('');
              }}
            >
              <input
                value={newTag}
                onChange={(e) => setNewTag(e.target.value)}
                placeholder={t('customers.newTag')}
                aria-label={t('customers.newTag')}
                maxLength={40}
              />
            </form>
          </div>
          {host && (
            <label className="row">
              {t('customers.discount')}
              <select
                value={c.discountPercent ?? ''}
                disabled={busy}
                onChange={(e) =>
                  act(() =>
                    client.call('customers.setDiscount', { customerId, percent: e.target.value === '' ? null : Number(e.target.value) }),
                  )
                }
                data-testid="customer-discount"
              >
                <option value="">{t('customers.noDiscount')}</option>
                {[5, 10, 15, 20, 25, 30].map((p) => (
                  <option key={p} value={p}>
                    {p}%
                  </option>
                ))}
              </select>
            </label>
          )}
          {page.priceList.length > 0 && (
            <ul className="muted">
              {page.priceList.map((p) => (
                <li key={p.productId}>
                  {p.code} <Isolated>{p.title}</Isolated>: {money(p.priceMinor)}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      <section>
        <h3>{t('customers.contact')}</h3>
        {host && !c.erased ? (
          <form
            className="customer-contact"
            onSubmit={(e) => {
              e.preventDefault();
              act(() =>
                client.call('customers.update', {
                  customerId,
                  email: contact.email.trim() || null,
                  phone: contact.phone.trim() || null,
                  note: contact.note,
                }),
              );
            }}
          >
            <label>
              {t('customers.email')}
              <input type="email" value={contact.email} onChange={(e) => setContact({ ...contact, email: e.target.value })} />
            </label>
            <label>
              {t('customers.phone')}
              <input type="tel" value={contact.phone} onChange={(e) => setContact({ ...contact, phone: e.target.value })} />
            </label>
            <label className="wide">
              {t('customers.note')}
              <textarea rows={2} value={contact.note} onChange={(e) => setContact({ ...contact, note: e.target.value })} />
            </label>
            <button type="submit" className="small" disabled={busy}>
              {t('customers.save')}
            </button>
          </form>
        ) : (
          <p className="muted">
            {page.email ?? '—'} · {page.phone ?? '—'}
          </p>
        )}
        <p className="muted" data-testid="customer-address">
          {t('customers.shipping')}:{' '}
          {page.address ? (
            <Isolated>
              {[
                page.address.name,
                page.address.line1,
                page.address.line2,
                `${page.address.postalCode} ${page.address.city}`,
                page.address.country,
                page.address.lockerId,
              ]
                .filter(Boolean)
                .join(', ')}
            </Isolated>
          ) : (
            t('customers.noAddress')
          )}
        </p>
      </section>

      {host && page.suggestions.length > 0 && (
        <section data-testid="merge-suggestions">
          <h3>{t('customers.suggestions')}</h3>
          <ul className="customer-suggestions">
            {page.suggestions.map((s) => (
              <li key={s.customer.id} data-testid="merge-suggestion" data-customer-id={s.customer.id}>
                <Isolated>{s.customer.name}</Isolated>{' '}
                <span className="muted">
                  {s.customer.platforms.map((p) => t(`chat.platformShort.${p}`, { defaultValue: p })).join(' · ')} ·{' '}
                  {s.reasons.map((r) => t(`customers.reason.${r}`)).join(', ')}
                </span>
                <button
                  type="button"
                  className="small primary"
                  disabled={busy}
                  onClick={() => act(() => client.call('customers.merge', { intoId: customerId, fromId: s.customer.id }))}
                  data-testid="merge-button"
                >
                  {t('customers.merge')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {host && page.merges.length > 0 && (
        <section data-testid="customer-merges">
          <h3>{t('customers.merges')}</h3>
          <ul>
            {page.merges.map((m) => (
              <li key={m.id}>
                {t('customers.mergedFrom', { name: isolateText(m.fromName), date: date(m.at), actor: m.actor })}{' '}
                <button
                  type="button"
                  className="small"
                  disabled={busy}
                  onClick={() => act(() => client.call('customers.unmerge', { mergeId: m.id }))}
                  data-testid="unmerge-button"
                >
                  {t('customers.unmerge')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section>
        <h3>{t('customers.ordersTitle', { count: page.orders.length })}</h3>
        <table className="customer-table" data-testid="customer-orders">
          <tbody>
            {page.orders.slice(0, 50).map((o) => (
              <tr key={o.id} data-state={o.state}>
                <td>{date(o.createdAt)}</td>
                <td className="ws-code">{o.productCode}</td>
                <td>{o.variantOptions.join(' / ')}</td>
                <td>×{o.quantity}</td>
                <td>{o.unitPriceMinor === null ? '—' : money(o.unitPriceMinor * o.quantity)}</td>
                <td>{t(`orders.state.${o.state}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section>
        <h3>{t('customers.cartsTitle', { count: page.carts.length })}</h3>
        <ul className="customer-carts">
          {page.carts.map((cart) => (
            <li key={cart.id}>
              #{cart.id} <Isolated>{cart.showTitle ?? '—'}</Isolated> · {t(`review.state.${cart.state}`, { defaultValue: cart.state })} ·{' '}
              {money(cart.totalMinor)}
            </li>
          ))}
        </ul>
      </section>
      {page.questions.length > 0 && (
        <section>
          <h3>{t('customers.questions', { count: page.questions.length })}</h3>
          <ul>
            {page.questions.slice(0, 20).map((q) => (
              <li key={q.id}>
                <Isolated>{q.text}</Isolated> <span className="muted">{date(q.askedAt)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h3>{t('customers.showsAttended')}</h3>
        <p className="muted">{page.showsAttended.map((s) => s.title).join(' · ') || '—'}</p>
      </section>

      {host && (
        <section className="customer-privacy">
          <h3>{t('customers.privacy')}</h3>
          <button type="button" className="small" disabled={busy} onClick={() => void download()} data-testid="customer-export">
            {t('customers.exportJson')}
          </button>
          {!c.erased && (
            <form
              className="row"
              onSubmit={(e) => {
                e.preventDefault();
                act(() => client.call('customers.erase', { customerId, confirmName: confirmErase }));
              }}
            >
              <input
                value={confirmErase}
                onChange={(e) => setConfirmErase(e.target.value)}
                placeholder={t('customers.eraseConfirm', { name: c.name })}
                aria-label={t('customers.eraseConfirm', { name: c.name })}
                data-testid="erase-confirm"
              />
              <button
                type="submit"
                className="small danger"
                disabled={busy || confirmErase.trim() !== c.name.trim()}
                data-testid="erase-button"
              >
                {t('customers.erase')}
              </button>
            </form>
          )}
          <p className="muted">{t('customers.eraseExplain')}</p>
        </section>
      )}
      {page.erasure && (
        <section className="customer-erasure" data-testid="customer-erasure">
          <h3>{t('customers.erasure.title')}</h3>
          <p>
            {t('customers.erasure.summary', { date: date(page.erasure.at), actor: page.erasure.actor, count: page.erasure.orderLines })}
          </p>
          {page.erasure.keptInvoices.length === 0 ? (
            <p className="muted">{t('customers.erasure.none')}</p>
          ) : (
            <>
              <ul data-testid="erasure-kept-invoices">
                {page.erasure.keptInvoices.map((inv) => (
                  <li key={inv.id}>
                    {inv.keptUntil === null
                      ? t('customers.erasure.keptNoDate', { number: inv.number, issued: date(inv.issuedAt) })
                      : t('customers.erasure.kept', {
                          number: inv.number,
                          issued: date(inv.issuedAt),
                          until: formatShowTime(inv.keptUntil, i18n.language, 'UTC', 'date'),
                        })}
                  </li>
                ))}
              </ul>
              <p className="muted" data-testid="erasure-basis">
                {t(`customers.erasure.basis.${page.erasure.law}`)}
              </p>
            </>
          )}
        </section>
      )}
      <button type="button" className="small ghost" onClick={() => onOpen(null)}>
        {t('customers.close')}
      </button>
    </article>
  );
}
