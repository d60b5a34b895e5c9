import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, CartDetail, CartLine, OrderState } from '../../../shared/contract';
import { formatMoney } from '../../../shared/domain/money';
import { isRehearsal } from '../../../shared/domain/order-states';
import { formatShowTime } from '../../lib/show-time';
import { Isolated } from '../../widgets/Isolated';

/** Lines whose variant and quantity may still change: nothing paid or shipped yet. */
const EDITABLE: readonly OrderState[] = ['needs_details', 'claimed', 'confirmed', 'waitlisted', 'held'];
const REMOVABLE: readonly OrderState[] = [...EDITABLE];

export interface LineActions {
  edit: (line: CartLine, change: { variantId?: number; quantity?: number }) => void;
  remove: (line: CartLine) => void;
  /** `refund` as typed (the page parses it, and says so when it is not an amount). */
  returnLine: (line: CartLine, r: { quantity: number; refund: string; stock: 'restock' | 'write_off'; late: boolean }) => void;
  add: (line: { productId: number; variantId: number | null; quantity: number }) => void;
}

const variantText = (line: CartLine) =>
  line.variantOptions.length ? line.variantOptions.join(' / ') : line.optionNames.map((n) => line.requestedOptions[n] ?? '?').join(' / ');

/** A cart's lines, each with the chat message it came from (the proof of the claim) and what may be done to it. */
export function CartLines({
  cart,
  catalog,
  timeZone,
  editable,
  busy,
  actions,
}: {
  cart: CartDetail;
  catalog: Catalog | undefined;
  timeZone: string | undefined;
  /** The role may edit lines (the host). */
  editable: boolean;
  busy: boolean;
  actions: LineActions;
}) {
  const { t, i18n } = useTranslation();
  const money = (minor: number) => formatMoney(minor, cart.currency, i18n.language);
  return (
    <section className="cart-section" aria-labelledby="cart-lines-title">
      <h3 id="cart-lines-title" className="section-title">
        {t('review.lines')}
      </h3>
      <ul className="cart-lines" data-testid="cart-lines">
        {cart.lines.map((line) => (
          <li
            key={line.id}
            className={`cart-line state-${line.state}`}
            data-testid="cart-line"
            data-order-id={line.id}
            data-state={line.state}
          >
            <div className="cart-line-main">
              <span className={`state-chip state-${line.state}`}>{t(`orders.state.${line.state}`)}</span>
              {isRehearsal(line) && (
                <span className="test-marker" data-testid="cart-line-test" title={t('liveTruth.testOrderHint')}>
                  {t('liveTruth.testOrder')}
                </span>
              )}
              <span className="order-code">{line.productCode}</span>
              <Isolated className="cart-line-title">{line.productTitle}</Isolated>
              <span className="muted">{variantText(line)}</span>
              <span className="cart-line-qty">×{line.quantity}</span>
              {line.returnedQuantity > 0 && (
                <span className="cart-flag">{t('review.returnedUnits', { count: line.returnedQuantity })}</span>
              )}
              <span className="cart-line-money">{money(line.lineTotalMinor)}</span>
            </div>
            <Proof line={line} timeZone={timeZone} />
            {editable && <LineTools line={line} catalog={catalog} busy={busy} actions={actions} />}
          </li>
        ))}
      </ul>
      {editable && <AddLine catalog={catalog} busy={busy} onAdd={actions.add} />}
    </section>
  );
}

/** The message a line was claimed with, its platform and its time on the show's clock; a hand-made line says so. */
function Proof({ line, timeZone }: { line: CartLine; timeZone: string | undefined }) {
  const { t, i18n } = useTranslation();
  if (!line.proof)
    return (
      <p className="cart-proof muted" data-testid="cart-proof">
        {t('review.proofManual')}
      </p>
    );
  const p = line.proof;
  return (
    <p className="cart-proof" data-testid="cart-proof">
      <span className="cart-proof-text">
        “<Isolated>{p.text}</Isolated>”
      </span>
      <span className="muted nowrap">
        {t(`orders.source.${p.platform}`, { defaultValue: p.platform })} ·{' '}
        <time dateTime={new Date(p.receivedAt).toISOString()} data-testid="cart-proof-time">
          {formatShowTime(p.receivedAt, i18n.language, timeZone, 'dateTime')}
        </time>
        {p.deleted && <span className="cart-flag bad">{t('review.proofDeleted')}</span>}
      </span>
    </p>
  );
}

function LineTools({
  line,
  catalog,
  busy,
  actions,
}: {
  line: CartLine;
  catalog: Catalog | undefined;
  busy: boolean;
  actions: LineActions;
}) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'none' | 'edit' | 'return'>('none');
  const product = catalog?.products.find((p) => p.id === line.productId);
  const [variantId, setVariantId] = useState<number | null>(line.variantId);
  const [quantity, setQuantity] = useState(line.quantity);
  const kept = line.quantity - line.returnedQuantity;
  const [returned, setReturned] = useState(1);
  const [refund, setRefund] = useState('');
  const [stock, setStock] = useState<'restock' | 'write_off'>('restock');
  const late = line.returnableUntil !== null && Date.now() > line.returnableUntil;

  const editable = EDITABLE.includes(line.state);
  const removable = REMOVABLE.includes(line.state);
  const returnable = line.state === 'shipped' && kept > 0;
  if (!editable && !removable && !returnable) return null;
  return (
    <div className="cart-line-tools">
      {mode === 'none' && (
        <>
          {editable && (
            <button type="button" className="small ghost" onClick={() => setMode('edit')} data-testid="line-edit">
              {t('review.edit')}
            </button>
          )}
          {removable && (
            <button type="button" className="small ghost" disabled={busy} onClick={() => actions.remove(line)} data-testid="line-remove">
              {t('review.remove')}
            </button>
          )}
          {returnable && (
            <button type="button" className="small ghost" onClick={() => setMode('return')} data-testid="line-return">
              {t('review.return')}
            </button>
          )}
        </>
      )}
      {mode === 'edit' && (
        <form
          className="cart-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            actions.edit(line, {
              ...(variantId !== null && variantId !== line.variantId ? { variantId } : {}),
              ...(quantity !== line.quantity ? { quantity } : {}),
            });
            setMode('none');
          }}
        >
          <VariantAndQuantity
            product={product}
            variantId={variantId}
            onVariant={setVariantId}
            noVariantLabel={variantId === null ? '?' : null}
            quantity={quantity}
            onQuantity={setQuantity}
            testId="line"
          />
          <button type="submit" className="small primary" disabled={busy} data-testid="line-save">
            {t('review.save')}
          </button>
          <button type="button" className="small ghost" onClick={() => setMode('none')}>
            {t('review.cancel')}
          </button>
        </form>
      )}
      {mode === 'return' && (
        <form
          className="cart-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            actions.returnLine(line, { quantity: returned, refund, stock, late });
            setMode('none');
          }}
        >
          <input
            type="number"
            min={1}
            max={kept}
            value={returned}
            onChange={(e) => setReturned(Math.min(kept, Math.max(1, Number(e.target.value) || 1)))}
            aria-label={t('review.returnQuantity')}
            data-testid="return-quantity"
          />
          <input
            value={refund}
            onChange={(e) => setRefund(e.target.value)}
            placeholder={t('review.refund')}
            aria-label={t('review.refund')}
            inputMode="decimal"
            data-testid="return-refund"
          />
          <select value={stock} onChange={(e) => setStock(e.target.value as 'restock' | 'write_off')} aria-label={t('review.returnStock')}>
            <option value="restock">{t('review.restock')}</option>
            <option value="write_off">{t('review.writeOff')}</option>
          </select>
          {late && <span className="cart-flag">{t('review.returnLate')}</span>}
          <button type="submit" className="small primary" disabled={busy} data-testid="return-save">
            {t('review.returnSave')}
          </button>
          <button type="button" className="small ghost" onClick={() => setMode('none')}>
            {t('review.cancel')}
          </button>
        </form>
      )}
    </div>
  );
}

/** A line typed in by hand (a phone or DM order): a product, its variant (or left open: it needs details), a quantity. */
function AddLine({ catalog, busy, onAdd }: { catalog: Catalog | undefined; busy: boolean; onAdd: LineActions['add'] }) {
  const { t } = useTranslation();
  const [productId, setProductId] = useState<number | null>(null);
  const [variantId, setVariantId] = useState<number | null>(null);
  const [quantity, setQuantity] = useState(1);
  const product = catalog?.products.find((p) => p.id === productId);
  return (
    <form
      className="cart-inline-form cart-add-line"
      onSubmit={(e) => {
        e.preventDefault();
        if (productId === null) return;
        onAdd({ productId, variantId: variantId ?? (product?.variants.length === 1 ? product.variants[0]!.id : null), quantity });
        setProductId(null);
        setVariantId(null);
        setQuantity(1);
      }}
    >
      <span className="muted">{t('review.addLine')}</span>
      <select
        value={productId ?? ''}
        onChange={(e) => {
          setProductId(e.target.value ? Number(e.target.value) : null);
          setVariantId(null);
        }}
        aria-label={t('review.product')}
        data-testid="add-line-product"
      >
        <option value="">{t('review.pickProduct')}</option>
        {catalog?.products.map((p) => (
          <option key={p.id} value={p.id}>
            {p.code} · {p.title}
          </option>
        ))}
      </select>
      <VariantAndQuantity
        product={product}
        variantId={variantId}
        onVariant={setVariantId}
        noVariantLabel={t('review.variantLater')}
        quantity={quantity}
        onQuantity={setQuantity}
        testId="add-line"
      />
      <button type="submit" className="small primary" disabled={busy || productId === null} data-testid="add-line-submit">
        {t('review.add')}
      </button>
    </form>
  );
}

/** A line's variant (when the product has several) and quantity, for editing a line and adding one. */
function VariantAndQuantity({
  product,
  variantId,
  onVariant,
  noVariantLabel,
  quantity,
  onQuantity,
  testId,
}: {
  product: Catalog['products'][number] | undefined;
  variantId: number | null;
  onVariant: (variantId: number | null) => void;
  /** The empty choice's label ("pick later"), or null for none. */
  noVariantLabel: string | null;
  quantity: number;
  onQuantity: (quantity: number) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      {product && product.variants.length > 1 && (
        <select
          value={variantId ?? ''}
          onChange={(e) => onVariant(e.target.value ? Number(e.target.value) : null)}
          aria-label={t('review.variant')}
          data-testid={`${testId}-variant`}
        >
          {noVariantLabel !== null && <option value="">{noVariantLabel}</option>}
          {product.variants.map((v) => (
            <option key={v.id} value={v.id}>
              {v.options.join(' / ') || v.sku}
            </option>
          ))}
        </select>
      )}
      <input
        type="number"
        min={1}
        max={999}
        value={quantity}
        onChange={(e) => onQuantity(Math.max(1, Number(e.target.value) || 1))}
        aria-label={t('review.quantity')}
        data-testid={`${testId}-quantity`}
      />
    </>
  );
}
