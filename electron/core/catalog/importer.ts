/**
 * Import: read a file (Shopify CSV or studio JSON) into drafts, compare them
 * with the database (the preview), and apply the whole file in one IMMEDIATE
 * transaction or not at all. Products are matched by Handle, variants by
 * their option values. Pictures are never fetched here: see images.ts.
 *
 * Stock: the file's quantity is what the shop has for sale. While a show is
 * live, its claimed orders have taken units the shop does not know about yet,
 * so a variant's free stock becomes quantity − claimed-in-the-live-show (never
 * below 0): the claims stay whole and the preview says so.
 */
import type { ImportIssue, ImportPreview } from '../../../shared/contract';
import {
  codesInUse,
  deleteImageRow,
  deleteVariantRow,
  insertImageRow,
  insertProductRow,
  insertVariantRow,
  ordersOfVariant,
  parkProductCode,
  readStoredCatalog,
  replaceFacts,
  updateImageRow,
  updateProductRow,
  updateVariantRow,
  type ProductFields,
  type StoredProduct,
  type StoredVariant,
} from '../store/catalog';
import type { Db } from '../store/db';
import { liveShowId } from '../store/shows';
import { writeTx } from '../store/sql';
import { adjustStock, HELD_ORDER_STATES, orderQuantities, type StockChange } from '../store/stock';
import {
  issue,
  MAX_IMPORT_BYTES,
  optionKey,
  textOf,
  tooLarge,
  variantLabel,
  type DraftProduct,
  type DraftVariant,
  type ParsedFile,
} from './draft';
import { parseShopifyCsv } from './shopify-csv';
import { parseStudioJson } from './studio-json';

export type ImportFormat = 'shopify-csv' | 'json';

/** Reads a file's bytes or text as the format its name or content says. */
export function readImportFile(input: Buffer | string, fileName: string, currency: string, format?: ImportFormat): ParsedFile {
  const size = typeof input === 'string' ? Buffer.byteLength(input) : input.length;
  const guessed: ImportFormat = format ?? guessFormat(fileName, input);
  const refuse = (message: string): ParsedFile => ({ format: guessed, products: [], errors: [issue(null, null, message)], warnings: [] });
  if (size > MAX_IMPORT_BYTES) return refuse(tooLarge(fileName, size));
  const text = textOf(input, fileName);
  if ('error' in text) return refuse(text.error);
  return guessed === 'json' ? parseStudioJson(text.text, currency) : parseShopifyCsv(text.text, currency);
}

function guessFormat(fileName: string, input: Buffer | string): ImportFormat {
  if (/\.json$/i.test(fileName)) return 'json';
  if (/\.csv$/i.test(fileName)) return 'shopify-csv';
  const head = (typeof input === 'string' ? input.slice(0, 64) : input.subarray(0, 64).toString('utf8')).replace(/^\uFEFF/, '').trimStart();
  return head.startsWith('{') ? 'json' : 'shopify-csv';
}

interface VariantOp {
  draft: DraftVariant;
  position: number;
  stored: StoredVariant | null;
  changed: boolean;
  targetStock: number;
}

type ProductOp =
  | { kind: 'add'; draft: DraftProduct; fields: ProductFields; variants: VariantOp[] }
  | {
      kind: 'update';
      draft: DraftProduct;
      stored: StoredProduct;
      fields: ProductFields;
      fieldsChanged: string[];
      codeChanged: boolean;
      variants: VariantOp[];
      removeVariantIds: number[];
      imagesChanged: boolean;
    };

export interface ImportPlan {
  preview: ImportPreview;
  ops: ProductOp[];
}

export interface ImportContext {
  currency: string;
}

const sameArray = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Compares the file with the database; writes nothing. */
export function planImport(db: Db, parsed: ParsedFile): ImportPlan {
  const liveShow = liveShowId(db);
  const preview: ImportPreview = {
    format: parsed.format,
    ok: false,
    applied: false,
    errors: [...parsed.errors],
    warnings: [...parsed.warnings],
    live: liveShow !== null,
    added: [],
    updated: [],
    unchanged: 0,
    products: parsed.products.length,
    variants: parsed.products.reduce((n, p) => n + p.variants.length, 0),
  };
  const ops: ProductOp[] = [];
  if (preview.errors.length > 0) return { preview, ops };

  const stored = readStoredCatalog(db);
  const byHandle = new Map(stored.map((p) => [p.handle, p]));
  const byId = new Map(stored.map((p) => [p.id, p]));
  const inFile = new Map(parsed.products.map((d) => [d.handle, d]));
  const dbCodes = codesInUse(db);
  const claimed = liveShow !== null ? orderQuantities(db, HELD_ORDER_STATES, liveShow) : new Map<number, number>();
  const err = (d: { row: number | null; where: string }, column: string | null, message: string) =>
    preview.errors.push(issue(d.row, d.row === null ? `${d.where}${column ? `.${column}` : ''}` : column, message));

  // Claim codes: explicit ones must not belong to another product that keeps its code.
  const taken = new Set<string>(dbCodes.keys());
  for (const d of parsed.products) if (d.code) taken.add(d.code.toLocaleLowerCase('und'));
  for (const d of parsed.products) {
    if (!d.code) continue;
    const ownerId = dbCodes.get(d.code.toLocaleLowerCase('und'));
    const owner = ownerId === undefined ? undefined : byId.get(ownerId);
    if (!owner || owner.handle === d.handle) continue;
    const ownerDraft = inFile.get(owner.handle);
    const ownerKeeps = !ownerDraft || !ownerDraft.code || ownerDraft.code.toLocaleLowerCase('und') === d.code.toLocaleLowerCase('und');
    if (ownerKeeps) {
      err(
        d,
        d.row === null ? 'code' : 'Tags',
        `duplicate claim code "${d.code}": the studio already has it on product "${owner.handle}" (${owner.title})`,
      );
    }
  }
  let next = 1;
  const nextFreeCode = () => {
    while (taken.has(String(next))) next++;
    taken.add(String(next));
    return String(next);
  };

  for (const d of parsed.products) {
    const existing = byHandle.get(d.handle);
    const code = d.code ?? existing?.code ?? nextFreeCode();
    const fields: ProductFields = {
      handle: d.handle,
      code,
      title: d.title,
      description: d.description,
      vendor: d.vendor,
      productType: d.productType,
      tags: d.tags,
      optionNames: d.optionNames,
      status: d.status,
      // A CSV has no column for the shop page: keep what the studio has.
      productUrl: parsed.format === 'json' ? d.productUrl : (existing?.productUrl ?? null),
      location: d.keep?.location ? (existing?.location ?? null) : d.location,
      parcelSize: d.keep?.parcelSize ? (existing?.parcelSize ?? null) : d.parcelSize,
      weightGrams: d.keep?.weightGrams ? (existing?.weightGrams ?? null) : d.weightGrams,
    };
    const storedByKey = new Map((existing?.variants ?? []).map((v) => [optionKey(v.options), v]));
    const variants: VariantOp[] = d.variants.map((v, position) => {
      const s = storedByKey.get(optionKey(v.options)) ?? null;
      const held = s ? (claimed.get(s.id) ?? 0) : 0;
      const targetStock = Math.max(0, v.stock - held);
      if (s && held > v.stock) {
        preview.warnings.push(
          issue(
            v.row,
            v.row === null ? `${v.where}.stock` : 'Variant Inventory Qty',
            `"${d.handle}" ${variantLabel(v.options)}: the file has ${v.stock} but the live show has already claimed ${held}; free stock becomes 0 and the claims stay`,
          ),
        );
      }
      const changed =
        !!s &&
        (s.sku !== v.sku ||
          s.priceMinor !== v.priceMinor ||
          s.compareAtMinor !== v.compareAtMinor ||
          s.position !== position ||
          !sameArray(s.options, v.options));
      return { draft: v, position, stored: s, changed, targetStock };
    });
    if (!existing) {
      ops.push({ kind: 'add', draft: d, fields, variants });
      preview.added.push({
        handle: d.handle,
        code,
        title: d.title,
        variants: d.variants.length,
        stock: d.variants.reduce((n, v) => n + v.stock, 0),
      });
      continue;
    }
    const fieldsChanged: string[] = [];
    const compare: [string, boolean][] = [
      ['code', existing.code !== code],
      ['title', existing.title !== fields.title],
      ['description', existing.description !== fields.description],
      ['vendor', existing.vendor !== fields.vendor],
      ['type', existing.productType !== fields.productType],
      ['tags', !sameArray(existing.tags, fields.tags)],
      ['options', !sameArray(existing.optionNames, fields.optionNames)],
      ['status', existing.status !== fields.status],
      ['productUrl', existing.productUrl !== fields.productUrl],
      ['location', existing.location !== fields.location],
      ['parcelSize', existing.parcelSize !== fields.parcelSize],
      ['weight', existing.weightGrams !== fields.weightGrams],
    ];
    for (const [name, changed] of compare) if (changed) fieldsChanged.push(name);
    const matched = new Set(variants.filter((v) => v.stored).map((v) => v.stored!.id));
    const removeVariantIds: number[] = [];
    for (const s of existing.variants) {
      if (matched.has(s.id)) continue;
      if (ordersOfVariant(db, s.id) > 0) {
        err(
          d,
          d.row === null ? 'variants' : 'Option1 Value',
          `"${d.handle}" ${variantLabel(s.options)} is not in the file, but orders name it: keep it in the file (with quantity 0 to stop selling it)`,
        );
      } else removeVariantIds.push(s.id);
    }
    const imagesChanged =
      existing.images.length !== d.images.length ||
      existing.images.some((img, i) => img.source !== d.images[i]!.src || img.alt !== d.images[i]!.alt);
    if (imagesChanged) fieldsChanged.push('images');
    const stock = variants
      .filter((v) => v.stored && v.stored.stock !== v.targetStock)
      .map((v) => ({
        variant: variantLabel(v.draft.options),
        from: v.stored!.stock,
        to: v.targetStock,
        requested: v.draft.stock,
        claimed: claimed.get(v.stored!.id) ?? 0,
      }));
    const variantsAdded = variants.filter((v) => !v.stored).length;
    const variantsChanged = variants.filter((v) => v.changed).length;
    const factsChanged = d.facts !== undefined;
    if (
      fieldsChanged.length === 0 &&
      stock.length === 0 &&
      variantsAdded === 0 &&
      variantsChanged === 0 &&
      removeVariantIds.length === 0 &&
      !factsChanged
    ) {
      preview.unchanged++;
      continue;
    }
    ops.push({
      kind: 'update',
      draft: d,
      stored: existing,
      fields,
      fieldsChanged,
      codeChanged: existing.code !== code,
      variants,
      removeVariantIds,
      imagesChanged,
    });
    if (fieldsChanged.length === 0 && stock.length === 0 && variantsAdded === 0 && variantsChanged === 0 && removeVariantIds.length === 0) {
      // Only the (JSON) facts: rewritten, but not worth a line in the preview.
      preview.unchanged++;
      continue;
    }
    preview.updated.push({
      productId: existing.id,
      handle: d.handle,
      code,
      title: d.title,
      fields: fieldsChanged,
      variantsAdded,
      variantsRemoved: removeVariantIds.length,
      variantsChanged,
      stock,
    });
  }
  preview.ok = preview.errors.length === 0;
  if (!preview.ok) ops.length = 0;
  return { preview, ops };
}

export interface ImportResult {
  preview: ImportPreview;
  /** Products added or changed. */
  productIds: number[];
  stockChanges: StockChange[];
}

export class ImportRefused extends Error {
  constructor(readonly preview: ImportPreview) {
    super(`import refused: ${preview.errors.length} problem(s)`);
    this.name = 'ImportRefused';
  }
}

/**
 * Plans again inside one IMMEDIATE transaction (nobody can change the catalog
 * between the plan and the writes) and applies it; throws ImportRefused, with
 * the database untouched, when the file has any error.
 */
export function applyImport(db: Db, parsed: ParsedFile, actor: string, now: number): ImportResult {
  return writeTx(db, () => {
    const { preview, ops } = planImport(db, parsed);
    if (!preview.ok) throw new ImportRefused(preview);
    const productIds: number[] = [];
    const stockChanges: StockChange[] = [];
    const note = `import (${parsed.format})`;
    // Codes first moved aside, so products can swap codes within one file.
    for (const op of ops) if (op.kind === 'update' && op.codeChanged) parkProductCode(db, op.stored.id);
    for (const op of ops) {
      let productId: number;
      if (op.kind === 'add') {
        productId = insertProductRow(db, op.fields, now);
        op.draft.images.forEach((img, position) => insertImageRow(db, productId, position, { source: img.src, alt: img.alt }));
      } else {
        productId = op.stored.id;
        if (op.fieldsChanged.length > 0) updateProductRow(db, productId, op.fields, now);
        for (const id of op.removeVariantIds) deleteVariantRow(db, id);
        // Positions are unique only by convention; move changed ones out of the way is not needed.
        if (op.imagesChanged) {
          const keep = new Map(op.stored.images.map((i) => [i.source, i]));
          const wanted = new Set(op.draft.images.map((i) => i.src));
          for (const img of op.stored.images) if (!wanted.has(img.source)) deleteImageRow(db, img.id);
          op.draft.images.forEach((img, position) => {
            const old = keep.get(img.src);
            if (old) updateImageRow(db, old.id, position, img.alt);
            else insertImageRow(db, productId, position, { source: img.src, alt: img.alt });
          });
        }
      }
      for (const v of op.variants) {
        const fields = {
          sku: v.draft.sku,
          options: v.draft.options,
          priceMinor: v.draft.priceMinor,
          compareAtMinor: v.draft.compareAtMinor,
        };
        let variantId: number;
        let current = 0;
        if (v.stored) {
          variantId = v.stored.id;
          current = v.stored.stock;
          if (v.changed) updateVariantRow(db, variantId, v.position, fields, now);
        } else variantId = insertVariantRow(db, productId, v.position, fields, now);
        if (v.targetStock !== current)
          stockChanges.push(adjustStock(db, variantId, v.targetStock - current, 'import', actor, now, { note }));
      }
      if (op.draft.facts) replaceFacts(db, productId, op.draft.facts);
      productIds.push(productId);
    }
    return { preview: { ...preview, applied: true }, productIds, stockChanges };
  });
}

/** Issues as plain lines for the CLI and logs. */
export function issueLines(issues: ImportIssue[]): string[] {
  return issues.map((i) =>
    i.row !== null ? `row ${i.row}${i.column ? ` (${i.column})` : ''}: ${i.message}` : `${i.column ?? 'file'}: ${i.message}`,
  );
}
