import type { ParcelSize, Product, Variant } from '../../../shared/contract';
import type { Db } from './db';
import { recordRegularPrice } from './prices';
import { prepared, writeTx } from './sql';
import { adjustStock } from './stock';

/** Where the core serves product images from, and what it shows while one is missing. */
export const IMAGE_URL_PREFIX = '/media/images/';
const PLACEHOLDER_IMAGE_URL = '/media/placeholder.svg';

interface ProductRow {
  id: number;
  handle: string;
  code: string;
  title: string;
  description: string;
  vendor: string;
  tags: string;
  option1_name: string | null;
  option2_name: string | null;
  option3_name: string | null;
  status: Product['status'];
  product_url: string | null;
  location: string | null;
  parcel_size: ParcelSize | null;
  weight_grams: number | null;
}

interface VariantRow {
  id: number;
  product_id: number;
  sku: string | null;
  option1: string | null;
  option2: string | null;
  option3: string | null;
  price_minor: number;
  compare_at_minor: number | null;
  stock: number;
}

interface ImageRow {
  id: number;
  product_id: number;
  file: string | null;
  state: 'pending' | 'ready' | 'failed';
  alt: string;
}

/** The contract's product (what clients see) from the stored one: image URLs instead of sources and files. */
function toContractProduct(p: StoredProduct): Product {
  return {
    id: p.id,
    handle: p.handle,
    code: p.code,
    title: p.title,
    description: p.description,
    vendor: p.vendor,
    tags: p.tags,
    optionNames: p.optionNames,
    status: p.status,
    productUrl: p.productUrl,
    location: p.location,
    parcelSize: p.parcelSize,
    weightGrams: p.weightGrams,
    images: p.images.map((i) => ({
      id: i.id,
      url: i.state === 'ready' && i.file ? IMAGE_URL_PREFIX + encodeURIComponent(i.file) : PLACEHOLDER_IMAGE_URL,
      state: i.state,
      alt: i.alt,
    })),
    variants: p.variants.map((v): Variant => ({
      id: v.id,
      sku: v.sku,
      options: v.options,
      priceMinor: v.priceMinor,
      compareAtMinor: v.compareAtMinor,
      stock: v.stock,
    })),
  };
}

function groupBy<T>(rows: T[], key: (row: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

export function listProducts(db: Db): Product[] {
  return readStoredCatalog(db).map(toContractProduct);
}

/** A page of the catalog in the same order as listProducts: `limit` products (-1: all) after the first `offset`. */
export function listProductsPage(db: Db, offset: number, limit: number): Product[] {
  const ids = prepared<{ id: number }>(db, 'SELECT id FROM products ORDER BY code COLLATE NOCASE, id LIMIT ? OFFSET ?')
    .all(limit, offset)
    .map((r) => r.id);
  return ids.length === 0 ? [] : readStoredCatalog(db, ids).map(toContractProduct);
}

export function getProduct(db: Db, productId: number): Product | null {
  const [stored] = readStoredCatalog(db, [productId]);
  return stored ? toContractProduct(stored) : null;
}

/** A variant's own price (the price of the moment when no deal runs). */
export function variantPrice(db: Db, variantId: number): number {
  return prepared<{ priceMinor: number }>(db, 'SELECT price_minor AS priceMinor FROM variants WHERE id = ?').get(variantId)!.priceMinor;
}

/** The lowest and highest price of a product's variants. */
export function priceRange(db: Db, productId: number): { min: number; max: number } {
  return prepared<{ min: number; max: number }>(
    db,
    'SELECT min(price_minor) AS min, max(price_minor) AS max FROM variants WHERE product_id = ?',
  ).get(productId)!;
}

/** Claim codes compare case-insensitively (the column is COLLATE NOCASE). */
export function findProductIdByCode(db: Db, code: string): number | null {
  return prepared<{ id: number }>(db, 'SELECT id FROM products WHERE code = ? COLLATE NOCASE').get(code)?.id ?? null;
}

/** Handles are unique (the Shopify key a re-import matches on). */
export function findProductIdByHandle(db: Db, handle: string): number | null {
  return prepared<{ id: number }>(db, 'SELECT id FROM products WHERE handle = ?').get(handle)?.id ?? null;
}

export interface NewProduct {
  handle: string;
  code: string;
  title: string;
  description?: string;
  vendor?: string;
  productType?: string;
  tags?: string[];
  optionNames: string[];
  productUrl?: string | null;
  location?: string | null;
  parcelSize?: ParcelSize | null;
  weightGrams?: number | null;
  variants: { sku?: string | null; options: string[]; priceMinor: number; compareAtMinor?: number | null; stock: number }[];
  images?: { source: string; file?: string | null; state?: 'pending' | 'ready' | 'failed'; alt?: string }[];
  facts?: { topic: string; language: string; text: string }[];
}

/**
 * Inserts a product with its variants, images and facts, and gives each variant its
 * initial stock through the ledger (store/stock.ts), in one transaction.
 */
export function insertProduct(db: Db, p: NewProduct, actor: string, now: number): number {
  return writeTx(db, () => {
    const productId = insertProductRow(
      db,
      {
        handle: p.handle,
        code: p.code,
        title: p.title,
        description: p.description ?? '',
        vendor: p.vendor ?? '',
        productType: p.productType ?? '',
        tags: p.tags ?? [],
        optionNames: p.optionNames,
        status: 'active',
        productUrl: p.productUrl ?? null,
        location: p.location ?? null,
        parcelSize: p.parcelSize ?? null,
        weightGrams: p.weightGrams ?? null,
      },
      now,
    );
    p.variants.forEach((v, position) => {
      const variantId = insertVariantRow(
        db,
        productId,
        position,
        { sku: v.sku ?? null, options: v.options, priceMinor: v.priceMinor, compareAtMinor: v.compareAtMinor ?? null },
        now,
      );
      if (v.stock !== 0) adjustStock(db, variantId, v.stock, 'initial', actor, now);
    });
    (p.images ?? []).forEach((img, position) => insertImageRow(db, productId, position, { ...img, alt: img.alt ?? '' }));
    for (const f of p.facts ?? []) insertFact(db, productId, f);
    return productId;
  });
}

export function countProducts(db: Db): number {
  return prepared<{ n: number }>(db, 'SELECT count(*) AS n FROM products').get()!.n;
}

// ---------------------------------------------------------------------------
// Writing the catalog: editing, import and export build on these.
// Callers hold the transaction (store/sql.ts writeTx); stock changes go through store/stock.ts.

export interface StoredVariant {
  id: number;
  position: number;
  sku: string | null;
  options: string[];
  priceMinor: number;
  compareAtMinor: number | null;
  stock: number;
}

export interface StoredImage {
  id: number;
  position: number;
  source: string;
  file: string | null;
  state: 'pending' | 'ready' | 'failed';
  alt: string;
}

export interface ProductFields {
  handle: string;
  code: string;
  title: string;
  description: string;
  vendor: string;
  productType: string;
  tags: string[];
  optionNames: string[];
  status: 'active' | 'draft' | 'archived';
  productUrl: string | null;
  /** Shipping (issue 13): the bin/location on the shelves, the default parcel size, the weight in grams. */
  location: string | null;
  parcelSize: ParcelSize | null;
  weightGrams: number | null;
}

/** A product as stored: its fields plus its rows of variants and images. */
export interface StoredProduct extends ProductFields {
  id: number;
  variants: StoredVariant[];
  images: StoredImage[];
}

/** The whole catalog as stored (with product type and image sources), in claim-code order. */
export function readStoredCatalog(db: Db, productIds?: number[]): StoredProduct[] {
  // Placeholders, not the ids themselves, in the SQL text: one cached statement per list length.
  const ids = productIds ?? [];
  const marks = ids.map(() => '?').join(', ') || 'NULL';
  const where = productIds ? `WHERE id IN (${marks})` : '';
  const products = prepared<ProductRow & { product_type: string }>(
    db,
    `SELECT id, handle, code, title, description, vendor, product_type, tags, option1_name, option2_name, option3_name, status, product_url,
            location, parcel_size, weight_grams
     FROM products ${where} ORDER BY code COLLATE NOCASE, id`,
  ).all(...ids);
  const variantWhere = productIds ? `WHERE product_id IN (${marks})` : '';
  const variants = prepared<VariantRow & { position: number }>(
    db,
    `SELECT id, product_id, position, sku, option1, option2, option3, price_minor, compare_at_minor, stock FROM variants ${variantWhere} ORDER BY product_id, position, id`,
  ).all(...ids);
  const images = prepared<ImageRow & { position: number; source: string }>(
    db,
    `SELECT id, product_id, position, source, file, state, alt FROM product_images ${variantWhere} ORDER BY product_id, position, id`,
  ).all(...ids);
  const variantsBy = groupBy(variants, (v) => v.product_id);
  const imagesBy = groupBy(images, (i) => i.product_id);
  return products.map((p) => {
    const optionNames = [p.option1_name, p.option2_name, p.option3_name].filter((n): n is string => n !== null);
    return {
      id: p.id,
      handle: p.handle,
      code: p.code,
      title: p.title,
      description: p.description,
      vendor: p.vendor,
      productType: p.product_type,
      tags: JSON.parse(p.tags) as string[],
      optionNames,
      status: p.status,
      productUrl: p.product_url,
      location: p.location,
      parcelSize: p.parcel_size,
      weightGrams: p.weight_grams,
      variants: (variantsBy.get(p.id) ?? []).map((v) => ({
        id: v.id,
        position: v.position,
        sku: v.sku,
        options: [v.option1, v.option2, v.option3].slice(0, optionNames.length).map((o) => o ?? ''),
        priceMinor: v.price_minor,
        compareAtMinor: v.compare_at_minor,
        stock: v.stock,
      })),
      images: (imagesBy.get(p.id) ?? []).map((i) => ({
        id: i.id,
        position: i.position,
        source: i.source,
        file: i.file,
        state: i.state,
        alt: i.alt,
      })),
    };
  });
}

/** Inserts the product row only (variants, images and stock separately). */
/** The product's column values, in the order of the insert's and the update's column lists. */
function productColumnValues(p: ProductFields) {
  const [o1, o2, o3] = p.optionNames;
  return [
    p.handle,
    p.code,
    p.title,
    p.description,
    p.vendor,
    p.productType,
    JSON.stringify(p.tags),
    o1 ?? null,
    o2 ?? null,
    o3 ?? null,
    p.status,
    p.productUrl,
    p.location,
    p.parcelSize,
    p.weightGrams,
  ] as const;
}

export function insertProductRow(db: Db, p: ProductFields, now: number): number {
  return Number(
    prepared(
      db,
      `INSERT INTO products (handle, code, title, description, vendor, product_type, tags, option1_name, option2_name, option3_name, status, product_url,
         location, parcel_size, weight_grams, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(...productColumnValues(p), now, now).lastInsertRowid,
  );
}

export function updateProductRow(db: Db, id: number, p: ProductFields, now: number): void {
  prepared(
    db,
    `UPDATE products SET handle = ?, code = ?, title = ?, description = ?, vendor = ?, product_type = ?, tags = ?,
       option1_name = ?, option2_name = ?, option3_name = ?, status = ?, product_url = ?, location = ?, parcel_size = ?, weight_grams = ?,
       updated_at = ? WHERE id = ?`,
  ).run(...productColumnValues(p), now, id);
}

/** Gives a product a placeholder code for a moment (so two products can swap codes inside one transaction). */
export function parkProductCode(db: Db, id: number): void {
  prepared(db, 'UPDATE products SET code = ? WHERE id = ?').run(`~${id}`, id);
}

export interface VariantFields {
  sku: string | null;
  options: string[];
  priceMinor: number;
  compareAtMinor: number | null;
}

/** Inserts a variant with stock 0; its stock arrives as a ledger movement (store/stock.ts). */
export function insertVariantRow(db: Db, productId: number, position: number, v: VariantFields, now: number): number {
  const id = Number(
    prepared(
      db,
      `INSERT INTO variants (product_id, position, sku, option1, option2, option3, price_minor, compare_at_minor, stock, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
    ).run(
      productId,
      position,
      v.sku,
      v.options[0] ?? null,
      v.options[1] ?? null,
      v.options[2] ?? null,
      v.priceMinor,
      v.compareAtMinor,
      now,
      now,
    ).lastInsertRowid,
  );
  recordRegularPrice(db, id, v.priceMinor, now);
  return id;
}

export function updateVariantRow(db: Db, id: number, position: number, v: VariantFields, now: number): void {
  prepared(
    db,
    `UPDATE variants SET position = ?, sku = ?, option1 = ?, option2 = ?, option3 = ?, price_minor = ?, compare_at_minor = ?, updated_at = ? WHERE id = ?`,
  ).run(position, v.sku, v.options[0] ?? null, v.options[1] ?? null, v.options[2] ?? null, v.priceMinor, v.compareAtMinor, now, id);
  recordRegularPrice(db, id, v.priceMinor, now);
}

/** How many orders (in any state) name the variant / the product: such rows are never deleted. */
export function ordersOfVariant(db: Db, variantId: number): number {
  return prepared<{ n: number }>(db, 'SELECT count(*) AS n FROM orders WHERE variant_id = ?').get(variantId)!.n;
}
export function ordersOfProduct(db: Db, productId: number): number {
  return prepared<{ n: number }>(db, 'SELECT count(*) AS n FROM orders WHERE product_id = ?').get(productId)!.n;
}

/** Deletes a variant and its ledger (only ever for variants no order names). */
export function deleteVariantRow(db: Db, id: number): void {
  prepared(db, 'DELETE FROM variants WHERE id = ?').run(id);
}

export function deleteProductRow(db: Db, id: number): void {
  prepared(db, 'DELETE FROM products WHERE id = ?').run(id);
}

export function insertImageRow(
  db: Db,
  productId: number,
  position: number,
  img: { source: string; alt: string; file?: string | null; state?: 'pending' | 'ready' | 'failed' },
): number {
  return Number(
    prepared(db, 'INSERT INTO product_images (product_id, position, source, file, state, alt) VALUES (?, ?, ?, ?, ?, ?)').run(
      productId,
      position,
      img.source,
      img.file ?? null,
      img.state ?? 'pending',
      img.alt,
    ).lastInsertRowid,
  );
}

export function updateImageRow(db: Db, id: number, position: number, alt: string): void {
  prepared(db, 'UPDATE product_images SET position = ?, alt = ? WHERE id = ?').run(position, alt, id);
}

export function deleteImageRow(db: Db, id: number): void {
  prepared(db, 'DELETE FROM product_images WHERE id = ?').run(id);
}

export function setImageResult(db: Db, id: number, result: { state: 'ready'; file: string } | { state: 'failed'; error: string }): void {
  if (result.state === 'ready')
    prepared(db, "UPDATE product_images SET state = 'ready', file = ?, error = NULL WHERE id = ?").run(result.file, id);
  else prepared(db, "UPDATE product_images SET state = 'failed', error = ? WHERE id = ?").run(result.error, id);
}

export function pendingImages(db: Db): { id: number; productId: number; source: string }[] {
  return prepared<{ id: number; productId: number; source: string }>(
    db,
    "SELECT id, product_id AS productId, source FROM product_images WHERE state = 'pending' ORDER BY id",
  ).all();
}

export function getImage(db: Db, id: number): { id: number; productId: number; file: string | null } | null {
  return (
    prepared<{ id: number; productId: number; file: string | null }>(
      db,
      'SELECT id, product_id AS productId, file FROM product_images WHERE id = ?',
    ).get(id) ?? null
  );
}

/** Replaces a product's answer facts (JSON backups carry them). */
export function replaceFacts(db: Db, productId: number, facts: { topic: string; language: string; text: string }[]): void {
  prepared(db, 'DELETE FROM product_facts WHERE product_id = ?').run(productId);
  for (const f of facts) insertFact(db, productId, f);
}

/** A fact answers come from: of a product, or shop-wide (productId null: shipping, payment). */
export function insertFact(db: Db, productId: number | null, f: { topic: string; language: string; text: string }): void {
  prepared(db, 'INSERT INTO product_facts (product_id, topic, language, text) VALUES (?, ?, ?, ?)').run(
    productId,
    f.topic,
    f.language,
    f.text,
  );
}

export function factsByProduct(db: Db): Map<number, { topic: string; language: string; text: string }[]> {
  const rows = prepared<{ product_id: number; topic: string; language: string; text: string }>(
    db,
    'SELECT product_id, topic, language, text FROM product_facts WHERE product_id IS NOT NULL ORDER BY product_id, topic, language, id',
  ).all();
  const map = new Map<number, { topic: string; language: string; text: string }[]>();
  for (const r of rows) {
    const list = map.get(r.product_id) ?? [];
    list.push({ topic: r.topic, language: r.language, text: r.text });
    map.set(r.product_id, list);
  }
  return map;
}

/** Every claim code in use, lower-cased, with its product id. */
export function codesInUse(db: Db): Map<string, number> {
  const rows = prepared<{ id: number; code: string }>(db, 'SELECT id, code FROM products').all();
  return new Map(rows.map((r) => [r.code.toLocaleLowerCase('und'), r.id]));
}

/**
 * A cheap fingerprint of everything a catalog window shows: it changes when
 * products, variants, stock (any ledger movement) or pictures change.
 */
export function catalogFingerprint(db: Db): string {
  const r = prepared<Record<string, number | null>>(
    db,
    `SELECT (SELECT count(*) FROM products) AS p, (SELECT max(updated_at) FROM products) AS pu,
            (SELECT count(*) FROM variants) AS v, (SELECT max(updated_at) FROM variants) AS vu,
            (SELECT max(id) FROM stock_movements) AS m, (SELECT total(stock) FROM variants) AS s,
            (SELECT count(*) FROM product_images) AS i, (SELECT count(*) FROM product_images WHERE state != 'pending') AS ir,
            (SELECT max(id) FROM product_images) AS im`,
  ).get()!;
  return Object.values(r).join(':');
}
