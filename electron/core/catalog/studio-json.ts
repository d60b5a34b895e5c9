/**
 * The studio's own catalog format, for backups: everything the catalog holds
 * (codes, options, stock, pictures' sources, answer facts), prices in minor units.
 */
import { z } from 'zod';
import { LocationSchema, MAX_STOCK, ParcelSizeSchema, WeightGramsSchema } from '../../../shared/contract/catalog';
import { CLAIM_CODE_RE, issue, optionKey, variantLabel, type ParsedFile } from './draft';
import { productFieldsOf } from './product-fields';

export const STUDIO_JSON_FORMAT = 'live-shopping-studio/catalog';
export const STUDIO_JSON_VERSION = 1;

const VariantJson = z
  .object({
    sku: z.string().nullable().default(null),
    options: z.array(z.string().trim().min(1, 'an option value must not be empty')).max(3).default([]),
    priceMinor: z.number().int('must be a whole number of minor units').nonnegative('must not be negative'),
    compareAtMinor: z.number().int().nonnegative('must not be negative').nullable().default(null),
    stock: z.number().int('must be a whole number').nonnegative('must not be negative').max(MAX_STOCK, `must be at most ${MAX_STOCK}`),
  })
  .strict();

const ProductJson = z
  .object({
    handle: z.string().trim().min(1, 'is missing'),
    code: z.string().trim().regex(CLAIM_CODE_RE, 'must be 1-16 letters, digits or dashes').nullable().default(null),
    title: z.string().trim().min(1, 'is missing'),
    description: z.string().default(''),
    vendor: z.string().default(''),
    productType: z.string().default(''),
    tags: z.array(z.string()).default([]),
    status: z.enum(['active', 'draft', 'archived']).default('active'),
    productUrl: z.string().nullable().default(null),
    optionNames: z.array(z.string().trim().min(1)).max(3).default([]),
    // Shipping (issue 13); a backup from before them has none.
    location: LocationSchema.nullable().default(null),
    parcelSize: ParcelSizeSchema.nullable().default(null),
    weightGrams: WeightGramsSchema.nullable().default(null),
    images: z.array(z.object({ src: z.string().min(1), alt: z.string().default('') }).strict()).default([]),
    variants: z.array(VariantJson).min(1, 'a product needs at least one variant'),
    facts: z.array(z.object({ topic: z.string().min(1), language: z.string().min(2), text: z.string() }).strict()).optional(),
  })
  .strict();

export const StudioCatalogJson = z
  .object({
    format: z.literal(STUDIO_JSON_FORMAT),
    version: z.literal(STUDIO_JSON_VERSION),
    currency: z.string().regex(/^[A-Z]{3}$/),
    exportedAt: z.string().optional(),
    products: z.array(ProductJson),
  })
  .strict();
export type StudioCatalogJson = z.infer<typeof StudioCatalogJson>;

const pathOf = (p: readonly PropertyKey[]) =>
  p.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`)).join('') || '(file)';

export function parseStudioJson(text: string, currency: string): ParsedFile {
  const out: ParsedFile = { format: 'json', products: [], errors: [], warnings: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    out.errors.push(issue(null, null, `This is not a readable JSON file: ${(error as Error).message}`));
    return out;
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== STUDIO_JSON_FORMAT) {
    out.errors.push(issue(null, 'format', `This JSON is not a studio catalog (it needs "format": "${STUDIO_JSON_FORMAT}").`));
    return out;
  }
  const parsed = StudioCatalogJson.safeParse(raw);
  if (!parsed.success) {
    for (const i of parsed.error.issues.slice(0, 500)) out.errors.push(issue(null, pathOf(i.path), i.message));
    return out;
  }
  const data = parsed.data;
  if (data.currency !== currency) {
    out.errors.push(issue(null, 'currency', `the file's prices are in ${data.currency} but the shop's currency is ${currency}`));
  }
  const handles = new Map<string, number>();
  const codes = new Map<string, number>();
  data.products.forEach((p, i) => {
    const where = `products[${i}]`;
    const h = handles.get(p.handle);
    if (h !== undefined) out.errors.push(issue(null, `${where}.handle`, `duplicate handle "${p.handle}" (also products[${h}])`));
    else handles.set(p.handle, i);
    if (p.code) {
      const key = p.code.toLocaleLowerCase('und');
      const c = codes.get(key);
      if (c !== undefined) out.errors.push(issue(null, `${where}.code`, `duplicate claim code "${p.code}" (also products[${c}])`));
      else codes.set(key, i);
    }
    const keys = new Set<string>();
    p.variants.forEach((v, j) => {
      if (v.options.length !== p.optionNames.length) {
        out.errors.push(
          issue(
            null,
            `${where}.variants[${j}].options`,
            `has ${v.options.length} option values but the product has ${p.optionNames.length} options (${p.optionNames.join(', ') || 'none'})`,
          ),
        );
      }
      const key = optionKey(v.options);
      if (keys.has(key)) out.errors.push(issue(null, `${where}.variants[${j}]`, `duplicate variant "${variantLabel(v.options)}"`));
      keys.add(key);
    });
    out.products.push({
      row: null,
      where,
      ...productFieldsOf(p),
      tags: p.tags.filter((t) => !/^code:/i.test(t)),
      images: p.images.map((img) => ({ row: null, src: img.src, alt: img.alt })),
      variants: p.variants.map((v, j) => ({ row: null, where: `${where}.variants[${j}]`, ...v })),
      ...(p.facts ? { facts: p.facts } : {}),
    });
  });
  return out;
}

export function toStudioJson(catalog: StudioCatalogJson): string {
  return `${JSON.stringify(catalog, null, 2)}\n`;
}
