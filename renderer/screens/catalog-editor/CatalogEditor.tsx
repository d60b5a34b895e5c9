import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, ParcelSize, Product } from '../../../shared/contract';
import { formatMoney, minorToDecimal, parseMoney } from '../../../shared/domain/money';
import { regularPrice } from '../../../shared/domain/regular-price';
import type { StudioClient } from '../../lib/studio-client';
import { useCommand } from '../../lib/use-command';
import { FileDrop } from '../../widgets/FileDrop';
import { Isolated } from '../../widgets/Isolated';

interface VariantDraft {
  id?: number;
  sku: string;
  options: string[];
  price: string;
  compareAt: string;
  stock: number;
}
interface ProductDraft {
  id: number | null;
  title: string;
  code: string;
  handle: string;
  vendor: string;
  status: Product['status'];
  tags: string;
  description: string;
  optionNames: string;
  /** Shipping: bin/location, default parcel size ('' none), weight in grams as typed. */
  location: string;
  parcelSize: '' | ParcelSize;
  weightGrams: string;
  variants: VariantDraft[];
}

const decimal = (minor: number | null, currency: string) => (minor === null ? '' : minorToDecimal(minor, currency));
const splitList = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

function toDraft(p: Product | null, currency: string): ProductDraft {
  if (!p)
    return {
      id: null,
      title: '',
      code: '',
      handle: '',
      vendor: '',
      status: 'active',
      tags: '',
      description: '',
      optionNames: '',
      location: '',
      parcelSize: '',
      weightGrams: '',
      variants: [{ sku: '', options: [], price: '', compareAt: '', stock: 0 }],
    };
  return {
    id: p.id,
    title: p.title,
    code: p.code,
    handle: p.handle,
    vendor: p.vendor,
    status: p.status,
    tags: p.tags.join(', '),
    description: p.description,
    optionNames: p.optionNames.join(', '),
    location: p.location ?? '',
    parcelSize: p.parcelSize ?? '',
    weightGrams: p.weightGrams === null ? '' : String(p.weightGrams),
    variants: p.variants.map((v) => ({
      id: v.id,
      sku: v.sku ?? '',
      options: v.options,
      price: decimal(v.priceMinor, currency),
      compareAt: decimal(v.compareAtMinor, currency),
      stock: v.stock,
    })),
  };
}

/** Search, add, edit, delete products; stock adjust per variant; drop pictures. Everything from a file is shown as text. */
export function CatalogEditor({ client, catalog }: { client: StudioClient; catalog: Catalog | undefined }) {
  const { t, i18n } = useTranslation();
  const currency = catalog?.currency ?? 'USD';
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [draft, setDraft] = useState<ProductDraft | null>(null);
  const { error, run, fail, clear } = useCommand();
  const [notice, setNotice] = useState<string | null>(null);
  const products = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    const all = catalog?.products ?? [];
    return q
      ? all.filter(
          (p) =>
            p.code.toLocaleLowerCase().includes(q) ||
            p.title.toLocaleLowerCase().includes(q) ||
            p.variants.some((v) => v.sku?.toLocaleLowerCase().includes(q)),
        )
      : all;
  }, [catalog, query]);
  const selected = catalog?.products.find((p) => p.id === selectedId) ?? null;

  // A fresh catalog (an edit elsewhere, an import, a sale) refreshes stock in the form but keeps unsaved text.
  useEffect(() => {
    if (!selected) return;
    setDraft((d) =>
      d && d.id === selected.id
        ? { ...d, variants: d.variants.map((v) => ({ ...v, stock: selected.variants.find((x) => x.id === v.id)?.stock ?? v.stock })) }
        : toDraft(selected, currency),
    );
  }, [selected, currency]);

  const act = (what: () => Promise<unknown>, ok?: string) => {
    setNotice(null);
    return run(async () => {
      await what();
      if (ok) setNotice(ok);
    });
  };
  const clearMessages = () => {
    setNotice(null);
    clear();
  };

  const save = () =>
    act(async () => {
      if (!draft) return;
      const optionNames = splitList(draft.optionNames);
      const money = (s: string, field: string) => {
        try {
          return parseMoney(s, currency);
        } catch {
          throw new Error(t('editor.badAmount', { field, value: s }));
        }
      };
      const variants = draft.variants.map((v) => ({
        ...(v.id !== undefined ? { id: v.id } : {}),
        sku: v.sku.trim() || null,
        options: v.options.slice(0, optionNames.length).map((o) => o.trim()),
        priceMinor: money(v.price, t('editor.price')),
        compareAtMinor: v.compareAt.trim() ? money(v.compareAt, t('editor.compareAt')) : null,
        stock: v.id === undefined ? v.stock : 0,
      }));
      const grams = draft.weightGrams.trim();
      if (grams !== '' && !/^\d+$/.test(grams)) throw new Error(t('shipping.product.badWeight'));
      const weightGrams = grams === '' ? null : Number(grams);
      if (weightGrams !== null && (weightGrams < 1 || weightGrams > 100_000)) throw new Error(t('shipping.product.badWeight'));
      const fields = {
        title: draft.title,
        location: draft.location.trim() || null,
        parcelSize: draft.parcelSize || null,
        weightGrams,
        vendor: draft.vendor,
        status: draft.status,
        tags: splitList(draft.tags),
        description: draft.description,
        optionNames,
        ...(draft.code.trim() ? { code: draft.code.trim() } : {}),
        ...(draft.handle.trim() ? { handle: draft.handle.trim() } : {}),
      };
      const saved =
        draft.id === null
          ? await client.call('catalog.product.create', { ...fields, variants })
          : await client.call('catalog.product.update', { productId: draft.id, ...fields, variants });
      setSelectedId(saved.id);
      setDraft(toDraft(saved, currency));
    }, t('editor.saved'));

  const remove = () =>
    act(async () => {
      if (!draft?.id || !window.confirm(t('editor.confirmDelete', { title: draft.title }))) return;
      await client.call('catalog.product.delete', { productId: draft.id });
      setSelectedId(null);
      setDraft(null);
    });

  const adjust = (variantId: number, delta: number) => act(() => client.call('stock.adjust', { variantId, delta, note: 'catalog editor' }));
  const setStock = (variantId: number, value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) return fail(t('editor.badStock'));
    return act(() => client.call('stock.adjust', { variantId, set: n, note: 'catalog editor' }));
  };

  const addImages = (files: FileList | File[]) =>
    act(async () => {
      if (!draft?.id) throw new Error(t('editor.saveFirst'));
      for (const file of Array.from(files)) {
        if (file.size > 10 * 1024 * 1024) throw new Error(t('editor.imageTooLarge', { name: file.name }));
        const dataBase64 = await new Promise<string>((resolve, reject) => {
          const reader = new FileReader();
          reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
          reader.onerror = () => reject(reader.error);
          reader.readAsDataURL(file);
        });
        await client.call('catalog.image.add', { productId: draft.id, fileName: file.name, dataBase64, alt: draft.title });
      }
    });

  const optionNames = draft ? splitList(draft.optionNames) : [];
  const update = (patch: Partial<ProductDraft>) => setDraft((d) => (d ? { ...d, ...patch } : d));
  const updateVariant = (i: number, patch: Partial<VariantDraft>) =>
    setDraft((d) => (d ? { ...d, variants: d.variants.map((v, n) => (n === i ? { ...v, ...patch } : v)) } : d));

  return (
    <div className="ws-grid" data-testid="catalog-editor">
      <section className="ws-panel ws-list" aria-labelledby="editor-list-title">
        <div className="actions" style={{ marginTop: 0 }}>
          <h2 id="editor-list-title" className="section-title" style={{ margin: 0 }}>
            {t('editor.title')}
          </h2>
          <button
            type="button"
            className="btn primary"
            onClick={() => {
              setSelectedId(null);
              setDraft(toDraft(null, currency));
              clearMessages();
            }}
            data-testid="editor-new"
          >
            {t('editor.new')}
          </button>
        </div>
        <input
          className="ws"
          type="search"
          placeholder={t('editor.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          aria-label={t('editor.search')}
          style={{ marginTop: 10 }}
        />
        <ul>
          {products.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className={p.id === selectedId ? 'on' : ''}
                onClick={() => {
                  setSelectedId(p.id);
                  setDraft(toDraft(p, currency));
                  clearMessages();
                }}
              >
                <span className="ws-code">{p.code}</span>
                <Isolated>{p.title}</Isolated>
                <span className="muted">{p.variants.reduce((n, v) => n + v.stock, 0)}</span>
              </button>
            </li>
          ))}
          {products.length === 0 && <li className="muted">{t('catalog.empty')}</li>}
        </ul>
      </section>

      <section className="ws-panel ws-form" aria-label={t('editor.form')}>
        {error ? (
          <div className="notice bad" role="alert">
            {error}
          </div>
        ) : (
          notice && (
            <div className="notice ok" role="status">
              {notice}
            </div>
          )
        )}
        {!draft && <p className="muted">{t('editor.pick')}</p>}
        {draft && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            <div className="row">
              <label style={{ gridColumn: 'span 2' }}>
                {t('editor.productTitle')}
                <input
                  className="ws"
                  required
                  value={draft.title}
                  onChange={(e) => update({ title: e.target.value })}
                  data-testid="editor-title"
                />
              </label>
              <label>
                {t('editor.code')}
                <input
                  className="ws"
                  value={draft.code}
                  placeholder={t('editor.codeAuto')}
                  onChange={(e) => update({ code: e.target.value })}
                />
              </label>
              <label>
                {t('editor.status')}
                <select className="ws" value={draft.status} onChange={(e) => update({ status: e.target.value as Product['status'] })}>
                  {(['active', 'draft', 'archived'] as const).map((s) => (
                    <option key={s} value={s}>
                      {t(`editor.statuses.${s}`)}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <div className="row">
              <label>
                {t('editor.vendor')}
                <input className="ws" value={draft.vendor} onChange={(e) => update({ vendor: e.target.value })} />
              </label>
              <label>
                {t('editor.handle')}
                <input
                  className="ws"
                  value={draft.handle}
                  placeholder={t('editor.codeAuto')}
                  onChange={(e) => update({ handle: e.target.value })}
                />
              </label>
              <label>
                {t('editor.tags')}
                <input className="ws" value={draft.tags} onChange={(e) => update({ tags: e.target.value })} />
              </label>
              <label>
                {t('editor.optionNames')}
                <input
                  className="ws"
                  value={draft.optionNames}
                  placeholder={t('editor.optionNamesHint')}
                  onChange={(e) => update({ optionNames: e.target.value })}
                />
              </label>
            </div>
            <fieldset className="row editor-shipping" data-testid="editor-shipping">
              <legend>{t('shipping.product.title')}</legend>
              <label>
                {t('shipping.product.location')}
                <input
                  className="ws"
                  maxLength={40}
                  value={draft.location}
                  placeholder={t('shipping.product.locationHint')}
                  onChange={(e) => update({ location: e.target.value })}
                  data-testid="editor-location"
                />
              </label>
              <label>
                {t('shipping.product.parcelSize')}
                <select
                  className="ws"
                  value={draft.parcelSize}
                  onChange={(e) => update({ parcelSize: e.target.value as ProductDraft['parcelSize'] })}
                  data-testid="editor-parcel-size"
                >
                  <option value="">{t('shipping.product.noSize')}</option>
                  {(['A', 'B', 'C'] as const).map((size) => (
                    <option key={size} value={size}>
                      {t(`shipping.product.size${size}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('shipping.product.weight')}
                <input
                  className="ws"
                  inputMode="numeric"
                  value={draft.weightGrams}
                  placeholder={t('shipping.product.weightHint')}
                  onChange={(e) => update({ weightGrams: e.target.value })}
                  data-testid="editor-weight"
                />
              </label>
            </fieldset>
            <label>
              {t('editor.description')}
              <textarea className="ws" value={draft.description} onChange={(e) => update({ description: e.target.value })} />
            </label>

            <h3 className="section-title" style={{ marginTop: 16 }}>
              {t('editor.variants')}
            </h3>
            <table className="ws-table">
              <thead>
                <tr>
                  {optionNames.map((n) => (
                    <th key={n}>
                      <Isolated>{n}</Isolated>
                    </th>
                  ))}
                  <th>{t('editor.sku')}</th>
                  <th>
                    {t('editor.price')} ({currency})
                  </th>
                  <th>{t('editor.compareAt')}</th>
                  <th>{t('editor.stock')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {draft.variants.map((v, i) => (
                  <tr key={v.id ?? `new-${i}`}>
                    {optionNames.map((n, o) => (
                      <td key={n}>
                        <input
                          className="ws"
                          aria-label={n}
                          value={v.options[o] ?? ''}
                          onChange={(e) => {
                            const options = [...v.options];
                            options[o] = e.target.value;
                            updateVariant(i, { options });
                          }}
                        />
                      </td>
                    ))}
                    <td>
                      <input
                        className="ws"
                        aria-label={t('editor.sku')}
                        value={v.sku}
                        onChange={(e) => updateVariant(i, { sku: e.target.value })}
                      />
                    </td>
                    <td>
                      <input
                        className="ws"
                        aria-label={t('editor.price')}
                        inputMode="decimal"
                        required
                        value={v.price}
                        onChange={(e) => updateVariant(i, { price: e.target.value })}
                      />
                    </td>
                    <td>
                      <input
                        className="ws"
                        aria-label={t('editor.compareAt')}
                        inputMode="decimal"
                        value={v.compareAt}
                        onChange={(e) => updateVariant(i, { compareAt: e.target.value })}
                      />
                    </td>
                    <td>
                      {v.id === undefined ? (
                        <input
                          className="ws"
                          aria-label={t('editor.stock')}
                          type="number"
                          min={0}
                          value={v.stock}
                          onChange={(e) => updateVariant(i, { stock: Math.max(0, Math.trunc(Number(e.target.value) || 0)) })}
                        />
                      ) : (
                        <span className="stock-cell">
                          <button
                            type="button"
                            className="btn"
                            aria-label={t('editor.stockMinus')}
                            disabled={v.stock === 0}
                            onClick={() => adjust(v.id!, -1)}
                          >
                            −
                          </button>
                          <strong data-testid="variant-stock">{v.stock}</strong>
                          <button type="button" className="btn" aria-label={t('editor.stockPlus')} onClick={() => adjust(v.id!, 1)}>
                            +
                          </button>
                          <input
                            className="ws"
                            style={{ width: 64 }}
                            aria-label={t('editor.stockSet')}
                            placeholder={t('editor.stockSet')}
                            onKeyDown={(e) => {
                              if (e.key === 'Enter') {
                                e.preventDefault();
                                void setStock(v.id!, e.currentTarget.value);
                                e.currentTarget.value = '';
                              }
                            }}
                          />
                        </span>
                      )}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="btn danger"
                        aria-label={t('editor.removeVariant')}
                        disabled={draft.variants.length === 1}
                        onClick={() => update({ variants: draft.variants.filter((_, n) => n !== i) })}
                      >
                        ×
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="actions">
              <button
                type="button"
                className="btn"
                onClick={() =>
                  update({
                    variants: [...draft.variants, { sku: '', options: [], price: draft.variants[0]?.price ?? '', compareAt: '', stock: 0 }],
                  })
                }
              >
                {t('editor.addVariant')}
              </button>
              {selected && <SavedPrice product={selected} currency={currency} locale={i18n.language} />}
            </div>

            <h3 className="section-title" style={{ marginTop: 16 }}>
              {t('editor.pictures')}
            </h3>
            <ImageDrop disabled={draft.id === null} onFiles={addImages} />
            <div className="thumbs">
              {selected?.images.map((img) => (
                <figure key={img.id}>
                  <img src={img.url} alt={img.alt} title={img.state} />
                  <button
                    type="button"
                    className="btn danger"
                    aria-label={t('editor.removePicture')}
                    onClick={() => act(() => client.call('catalog.image.remove', { imageId: img.id }))}
                  >
                    ×
                  </button>
                </figure>
              ))}
            </div>

            <div className="actions">
              <button type="submit" className="btn primary" data-testid="editor-save">
                {draft.id === null ? t('editor.create') : t('editor.save')}
              </button>
              {draft.id !== null && (
                <button type="button" className="btn danger" onClick={remove}>
                  {t('editor.delete')}
                </button>
              )}
            </div>
          </form>
        )}
      </section>
    </div>
  );
}

function ImageDrop({ disabled, onFiles }: { disabled: boolean; onFiles: (files: FileList) => void }) {
  const { t } = useTranslation();
  return (
    <FileDrop
      hint={disabled ? t('editor.saveFirst') : t('editor.dropPictures')}
      choose={t('editor.choosePictures')}
      onDropFiles={(files) => {
        if (!disabled) onFiles(files);
      }}
      input={{
        accept: 'image/png,image/jpeg,image/gif,image/webp',
        multiple: true,
        disabled,
        onChange: (e) => e.target.files && onFiles(e.target.files),
      }}
    />
  );
}

/** The saved product's price as the catalog and the price tag state it: "from" only when its variants differ. */
function SavedPrice({ product, currency, locale }: { product: Product; currency: string; locale: string }) {
  const { t } = useTranslation();
  const regular = regularPrice(product.variants);
  if (regular === null) return null;
  const price = formatMoney(regular.cheapest.priceMinor, currency, locale);
  return (
    <span className="muted" data-testid="editor-saved-price">
      {regular.from ? t('editor.priceFrom', { price }) : price}
    </span>
  );
}
