import type { Product, Variant } from '../../../shared/contract';
import type { Db } from './db';

/** Where the core serves product images from, and what it shows while one is missing. */
export const IMAGE_URL_PREFIX = '/media/images/';
export const PLACEHOLDER_IMAGE_URL = '/media/placeholder.svg';

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

function toVariant(row: VariantRow, optionCount: number): Variant {
  return {
    id: row.id,
    sku: row.sku,
    options: [row.option1, row.option2, row.option3].slice(0, optionCount).map((v) => v ?? ''),
    priceMinor: row.price_minor,
    compareAtMinor: row.compare_at_minor,
    stock: row.stock,
  };
}

function assemble(products: ProductRow[], variants: VariantRow[], images: ImageRow[]): Product[] {
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
      tags: JSON.parse(p.tags) as string[],
      optionNames,
      status: p.status,
      productUrl: p.product_url,
      images: (imagesBy.get(p.id) ?? []).map((i) => ({
        id: i.id,
        url: i.state === 'ready' && i.file ? IMAGE_URL_PREFIX + encodeURIComponent(i.file) : PLACEHOLDER_IMAGE_URL,
        state: i.state,
        alt: i.alt,
      })),
      variants: (variantsBy.get(p.id) ?? []).map((v) => toVariant(v, optionNames.length)),
    };
  });
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

const PRODUCT_COLUMNS =
  'id, handle, code, title, description, vendor, tags, option1_name, option2_name, option3_name, status, product_url';
const VARIANT_COLUMNS = 'id, product_id, sku, option1, option2, option3, price_minor, compare_at_minor, stock';

export function listProducts(db: Db): Product[] {
  const products = db.prepare(`SELECT ${PRODUCT_COLUMNS} FROM products ORDER BY code COLLATE NOCASE, id`).all() as ProductRow[];
  const variants = db.prepare(`SELECT ${VARIANT_COLUMNS} FROM variants ORDER BY product_id, position, id`).all() as VariantRow[];
  const images = db
    .prepare('SELECT id, product_id, file, state, alt FROM product_images ORDER BY product_id, position, id')
    .all() as ImageRow[];
  return assemble(products, variants, images);
}

export function getProduct(db: Db, productId: number): Product | null {
  const product = db.prepare(`SELECT ${PRODUCT_COLUMNS} FROM products WHERE id = ?`).get(productId) as ProductRow | undefined;
  if (!product) return null;
  const variants = db
    .prepare(`SELECT ${VARIANT_COLUMNS} FROM variants WHERE product_id = ? ORDER BY position, id`)
    .all(productId) as VariantRow[];
  const images = db
    .prepare('SELECT id, product_id, file, state, alt FROM product_images WHERE product_id = ? ORDER BY position, id')
    .all(productId) as ImageRow[];
  return assemble([product], variants, images)[0] ?? null;
}

/** Claim codes compare case-insensitively (the column is COLLATE NOCASE). */
export function findProductIdByCode(db: Db, code: string): number | null {
  const row = db.prepare('SELECT id FROM products WHERE code = ? COLLATE NOCASE').get(code) as { id: number } | undefined;
  return row?.id ?? null;
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
  variants: { sku?: string | null; options: string[]; priceMinor: number; compareAtMinor?: number | null; stock: number }[];
  images?: { source: string; file?: string | null; state?: 'pending' | 'ready' | 'failed'; alt?: string }[];
  facts?: { topic: string; language: string; text: string }[];
}

/**
 * Inserts a product with its variants, images and facts, and writes each
 * variant's initial stock to the ledger. Call inside a transaction for batches.
 */
export function insertProduct(db: Db, p: NewProduct, actor: string, now: number): number {
  const [o1, o2, o3] = p.optionNames;
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO products (handle, code, title, description, vendor, product_type, tags, option1_name, option2_name, option3_name, product_url, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      p.handle,
      p.code,
      p.title,
      p.description ?? '',
      p.vendor ?? '',
      p.productType ?? '',
      JSON.stringify(p.tags ?? []),
      o1 ?? null,
      o2 ?? null,
      o3 ?? null,
      p.productUrl ?? null,
      now,
      now,
    );
  const productId = Number(lastInsertRowid);
  const insertVariant = db.prepare(
    `INSERT INTO variants (product_id, position, sku, option1, option2, option3, price_minor, compare_at_minor, stock, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertMovement = db.prepare(
    `INSERT INTO stock_movements (variant_id, delta, reason, actor, at) VALUES (?, ?, 'initial', ?, ?)`,
  );
  p.variants.forEach((v, position) => {
    const { lastInsertRowid: variantId } = insertVariant.run(
      productId,
      position,
      v.sku ?? null,
      v.options[0] ?? null,
      v.options[1] ?? null,
      v.options[2] ?? null,
      v.priceMinor,
      v.compareAtMinor ?? null,
      v.stock,
      now,
      now,
    );
    if (v.stock !== 0) insertMovement.run(variantId, v.stock, actor, now);
  });
  const insertImage = db.prepare(
    'INSERT INTO product_images (product_id, position, source, file, state, alt) VALUES (?, ?, ?, ?, ?, ?)',
  );
  (p.images ?? []).forEach((img, position) =>
    insertImage.run(productId, position, img.source, img.file ?? null, img.state ?? 'pending', img.alt ?? ''),
  );
  const insertFact = db.prepare('INSERT INTO product_facts (product_id, topic, language, text) VALUES (?, ?, ?, ?)');
  for (const f of p.facts ?? []) insertFact.run(productId, f.topic, f.language, f.text);
  return productId;
}

export function countProducts(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM products').get() as { n: number }).n;
}
