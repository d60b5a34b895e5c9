import { useCallback, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, IntentExample, Order, Product, ReviewAction } from '../../../shared/contract';
import type { StudioClient } from '../../lib/studio-client';
import { useCommand } from '../../lib/use-command';
import { useEvent, useQuery } from '../../lib/use-studio';
import { readParse, reasonInLanguage } from './parse-note';
import './parser-review.css';
import { BuyerName, ChatText } from '../../widgets/Isolated';

/** Claims the parser was not sure of: held for a moderator, oldest first (they keep their first-come place). */
const heldForReview = (orders: readonly Order[]) =>
  orders.filter((o) => o.state === 'held' && o.holdReason === 'low_confidence').sort((a, b) => a.id - b.id);

/**
 * Chat claims the studio held because it was not sure of them (issue 17), each with the message
 * and the parse; one key settles one: Enter accepts, a digit picks a variant, N says it was no
 * order. Every decision teaches the parser a labelled example; the list below shows them, and a
 * moderator deletes any (a mis-click must not poison the shop).
 */
export function ParserReviewPanel({
  client,
  orders,
  catalog,
}: {
  client: StudioClient;
  orders: readonly Order[];
  catalog: Catalog | undefined;
}) {
  const { t } = useTranslation();
  const held = useMemo(() => heldForReview(orders), [orders]);
  const [examples, , reload] = useQuery(client, 'parser.examples.list');
  useEvent(client, 'parser.examplesChanged', reload);
  const [showExamples, setShowExamples] = useState(false);
  const products = useMemo(() => new Map((catalog?.products ?? []).map((p) => [p.id, p])), [catalog]);
  if (held.length === 0 && !examples?.length) return null;
  return (
    <section className="parser-review" aria-label={t('parser.title')} data-testid="parser-review">
      <header className="parser-review-head">
        <h2>{t('parser.title')}</h2>
        <span className={held.length ? 'parser-count attention' : 'parser-count'} data-testid="parser-held-count">
          {t('parser.held', { count: held.length })}
        </span>
      </header>
      {held.length > 0 && <p className="parser-keys muted">{t('parser.keys')}</p>}
      <ol className="parser-held">
        {held.map((order) => (
          <HeldClaim key={order.id} order={order} product={products.get(order.productId)} client={client} />
        ))}
      </ol>
      <button
        type="button"
        className="ghost parser-examples-toggle"
        aria-expanded={showExamples}
        onClick={() => setShowExamples((v) => !v)}
        data-testid="parser-examples-toggle"
      >
        {t('parser.examples.toggle', { count: examples?.length ?? 0 })}
      </button>
      {showExamples && <ExampleList client={client} examples={examples ?? []} />}
    </section>
  );
}

function HeldClaim({ order, product, client }: { order: Order; product: Product | undefined; client: StudioClient }) {
  const { t } = useTranslation();
  const { busy, error, run } = useCommand();
  const parse = readParse(order.note);
  const [picked, setPicked] = useState<number | null>(order.variantId);
  const variants = product?.variants ?? [];
  const review = useCallback(
    (action: ReviewAction, variantId?: number) =>
      run(() =>
        client.call('parser.review', {
          orderId: order.id,
          action,
          ...(variantId !== undefined && variantId !== order.variantId ? { variantId } : {}),
        }),
      ),
    [client, order.id, order.variantId, run],
  );
  const accept = () => {
    if (picked === null) return;
    void review(picked === order.variantId ? 'accept' : 'fix', picked);
  };
  const onKey = (e: KeyboardEvent<HTMLLIElement>) => {
    if (busy || e.target !== e.currentTarget) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      accept();
    } else if (e.key === 'n' || e.key === 'N') {
      e.preventDefault();
      void review('not_order');
    } else if (/^[1-9]$/.test(e.key)) {
      const v = variants[Number(e.key) - 1];
      if (v) {
        e.preventDefault();
        setPicked(v.id);
      }
    }
  };
  return (
    <li className="parser-claim" tabIndex={0} onKeyDown={onKey} data-testid="parser-claim" data-order-id={order.id} aria-busy={busy}>
      <div className="parser-claim-line">
        <b className="parser-buyer">
          <BuyerName name={order.buyer.name} />
        </b>
        {/* Chat is text, never HTML. */}
        <q className="parser-text" data-testid="parser-text">
          <ChatText text={order.messageText ?? ''} />
        </q>
      </div>
      <div className="parser-parse muted" data-testid="parser-parse">
        {t('parser.parse', {
          code: order.productCode,
          variant: order.variantOptions.join(' / ') || '?',
          quantity: order.quantity,
          confidence: parse.confidence === null ? '?' : `${Math.round(parse.confidence * 100)}%`,
        })}
        <span className="parser-reason" data-testid="parser-reason">
          {reasonInLanguage(parse, t)}
        </span>
      </div>
      <div className="parser-variants" role="radiogroup" aria-label={t('parser.variant')}>
        {variants.map((v, i) => (
          <button
            key={v.id}
            type="button"
            role="radio"
            aria-checked={picked === v.id}
            className={`variant-pick${picked === v.id ? ' on' : ''}${v.stock === 0 ? ' out' : ''}`}
            disabled={busy}
            onClick={() => setPicked(v.id)}
            data-testid="parser-variant"
            data-options={v.options.join('/')}
          >
            <kbd>{i + 1}</kbd> {v.options.join(' / ') || product?.code}
          </button>
        ))}
      </div>
      <div className="parser-actions">
        <button type="button" className="primary" disabled={busy || picked === null} onClick={accept} data-testid="parser-accept">
          {picked !== null && picked !== order.variantId ? t('parser.fix') : t('parser.accept')} <kbd>Enter</kbd>
        </button>
        <button type="button" className="ghost" disabled={busy} onClick={() => void review('not_order')} data-testid="parser-not-order">
          {t('parser.notOrder')} <kbd>N</kbd>
        </button>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

function ExampleList({ client, examples }: { client: StudioClient; examples: readonly IntentExample[] }) {
  const { t } = useTranslation();
  const { busy, error, run } = useCommand();
  if (examples.length === 0) return <p className="muted">{t('parser.examples.empty')}</p>;
  return (
    <>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <ul className="parser-examples" data-testid="parser-examples">
        {examples.map((e) => (
          <li key={e.id} data-testid="parser-example">
            <q>
              <ChatText text={e.text} />
            </q>
            <span className="parser-example-label">
              {e.intent === 'order'
                ? t('parser.examples.order', {
                    code: e.code ?? '?',
                    options: Object.values(e.options).join(' / ') || '—',
                    quantity: e.quantity ?? 1,
                  })
                : t(`parser.examples.intent.${e.intent}`)}
            </span>
            <span className="muted">
              {e.featuredCode ? t('parser.examples.onScreen', { code: e.featuredCode }) : t('parser.examples.anyProduct')} · {e.createdBy}
            </span>
            <button
              type="button"
              className="ghost"
              disabled={busy}
              onClick={() => void run(() => client.call('parser.examples.delete', { id: e.id }))}
              data-testid="parser-example-delete"
              aria-label={t('parser.examples.deleteLabel', { text: e.text })}
            >
              {t('parser.examples.delete')}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
