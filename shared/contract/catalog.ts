import { z } from 'zod';
import { CATALOG_PAGE_MAX } from './catalog-values';
import { MAX_IMAGE_BASE64_CHARS, MAX_IMAGE_BYTES } from './message-size';
import { command, event, CurrencySchema, HOST_ONLY, IdSchema, MinorUnitsSchema, STAFF, ALL_ROLES, TimestampSchema } from './define';

/**
 * Bounds on stock: far above any live shop's shelf, far below where integer sums lose precision,
 * so the ledger's invariant (sum of movements = stock + held) always holds in exact arithmetic.
 */
export const MAX_STOCK = 10_000_000;
export const MAX_STOCK_DELTA = 1_000_000;
/** A variant's free stock as a client may set it. */
export const StockQuantitySchema = z
  .number()
  .int()
  .nonnegative('stock must not be negative')
  .max(MAX_STOCK, `stock is at most ${MAX_STOCK}`);

export const ClaimCodeSchema = z
  .string()
  .trim()
  .min(1)
  .max(16)
  .regex(/^[\p{L}\p{N}-]+$/u, 'letters, digits and dashes only');

export const VariantSchema = z.object({
  id: IdSchema,
  sku: z.string().nullable(),
  /** Option values in the product's option order (up to three). */
  options: z.array(z.string()).max(3),
  priceMinor: MinorUnitsSchema,
  compareAtMinor: MinorUnitsSchema.nullable(),
  /** Free to claim now. */
  stock: z.number().int().nonnegative(),
});
export type Variant = z.infer<typeof VariantSchema>;

/** InPost's parcel sizes (gabaryt A 8 cm, B 19 cm, C 41 cm high); a product's default, and a cart's (the largest item wins). */
export const ParcelSizeSchema = z.enum(['A', 'B', 'C']);
export type ParcelSize = z.infer<typeof ParcelSizeSchema>;
/** A product's weight in grams (as Shopify's Variant Grams), up to a parcel's 100 kg. */
export const WeightGramsSchema = z.number().int('grams are a whole number').min(1, 'at least 1 g').max(100_000, 'at most 100 kg');
/** A product's bin/location on the shelves (the pick list walks by it). */
export const LocationSchema = z.string().trim().min(1).max(40, 'a location is at most 40 characters');

export const ProductImageSchema = z.object({
  id: IdSchema,
  /** Served by the core: /media/images/<file>, or a placeholder while pending/failed. */
  url: z.string(),
  state: z.enum(['pending', 'ready', 'failed']),
  alt: z.string(),
});

export const ProductSchema = z.object({
  id: IdSchema,
  handle: z.string(),
  code: z.string(),
  title: z.string(),
  description: z.string(),
  vendor: z.string(),
  tags: z.array(z.string()),
  optionNames: z.array(z.string()).max(3),
  status: z.enum(['active', 'draft', 'archived']),
  productUrl: z.string().nullable(),
  /** Shipping (issue 13): bin/location, default parcel size, weight in grams; null: none. */
  location: z.string().nullable(),
  parcelSize: ParcelSizeSchema.nullable(),
  weightGrams: z.number().int().positive().nullable(),
  images: z.array(ProductImageSchema),
  variants: z.array(VariantSchema),
});
export type Product = z.infer<typeof ProductSchema>;

export const CatalogSchema = z.object({
  currency: CurrencySchema,
  products: z.array(ProductSchema),
});
export type Catalog = z.infer<typeof CatalogSchema>;

export { CATALOG_PAGE_MAX };
export const CatalogPageInputSchema = z
  .object({
    /** Products to skip, in claim-code order. */
    offset: z.number().int().min(0).max(10_000_000).default(0),
    limit: z.number().int().min(1).max(CATALOG_PAGE_MAX).default(CATALOG_PAGE_MAX),
  })
  .strict();
/** One page of the catalog, with how many products there are and where the next page starts (null: this was the last). */
export const CatalogPageSchema = CatalogSchema.extend({
  total: z.number().int().nonnegative(),
  nextOffset: z.number().int().nonnegative().nullable(),
});
export type CatalogPage = z.infer<typeof CatalogPageSchema>;

/** What the host types to make a product; code and handle are derived when left out. */
export const VariantDraftSchema = z
  .object({
    sku: z.string().trim().max(100).nullable().default(null),
    options: z.array(z.string().trim().min(1).max(255)).max(3).default([]),
    priceMinor: z.number().int().nonnegative('price must not be negative'),
    compareAtMinor: z.number().int().nonnegative().nullable().default(null),
    stock: StockQuantitySchema.default(0),
  })
  .strict();

const ProductFieldsSchema = z.object({
  title: z.string().trim().min(1, 'a title is needed').max(255),
  code: ClaimCodeSchema,
  handle: z
    .string()
    .trim()
    .min(1)
    .max(255)
    .regex(/^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u, 'letters, digits, dashes and underscores'),
  description: z.string().max(100_000),
  vendor: z.string().trim().max(255),
  tags: z.array(z.string().trim().min(1).max(255)).max(250),
  optionNames: z.array(z.string().trim().min(1).max(255)).max(3),
  status: z.enum(['active', 'draft', 'archived']),
  productUrl: z.string().url().nullable(),
  location: LocationSchema.nullable(),
  parcelSize: ParcelSizeSchema.nullable(),
  weightGrams: WeightGramsSchema.nullable(),
});

export const ProductDraftSchema = ProductFieldsSchema.partial({
  code: true,
  handle: true,
  description: true,
  vendor: true,
  tags: true,
  optionNames: true,
  status: true,
  productUrl: true,
  location: true,
  parcelSize: true,
  weightGrams: true,
})
  .extend({ variants: z.array(VariantDraftSchema).min(1, 'a product needs at least one variant').max(100) })
  .strict();
export type ProductDraft = z.input<typeof ProductDraftSchema>;

/** Variants listed replace the product's: with an id they are changed, without one added; left out they are removed (refused when orders hold them). */
export const ProductPatchSchema = ProductFieldsSchema.partial()
  .extend({
    productId: IdSchema,
    variants: z
      .array(
        z
          .object({
            id: IdSchema.optional(),
            sku: z.string().trim().max(100).nullable().default(null),
            options: z.array(z.string().trim().min(1).max(255)).max(3).default([]),
            priceMinor: z.number().int().nonnegative('price must not be negative'),
            compareAtMinor: z.number().int().nonnegative().nullable().default(null),
            /** Only for new variants (no id): their initial stock. */
            stock: StockQuantitySchema.default(0),
          })
          .strict(),
      )
      .min(1)
      .max(100)
      .optional(),
  })
  .strict();
export type ProductPatch = z.input<typeof ProductPatchSchema>;

export const StockChangeSchema = z.object({
  variantId: IdSchema,
  productId: IdSchema,
  before: z.number().int().nonnegative(),
  stock: z.number().int().nonnegative(),
  delta: z.number().int(),
  movementId: IdSchema.nullable(),
});

export const StockMovementSchema = z.object({
  id: IdSchema,
  variantId: IdSchema,
  delta: z.number().int(),
  reason: z.enum(['initial', 'manual', 'import', 'write_off']),
  actor: z.string(),
  orderId: IdSchema.nullable(),
  note: z.string().nullable(),
  at: TimestampSchema,
});
export type StockMovement = z.infer<typeof StockMovementSchema>;

export const ImportFormatSchema = z.enum(['shopify-csv', 'json']);
export const ExportFormatSchema = z.enum(['shopify-csv', 'json']);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;
export const UploadIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'an upload id of 8-64 letters, digits, _ or -');

/** The file to import: its text inline (small files) or a finished upload; the format is guessed from the name and content when left out. */
export const ImportSourceSchema = z
  .object({
    fileName: z.string().max(255).default('import.csv'),
    format: ImportFormatSchema.optional(),
    text: z.string().max(1_000_000).optional(),
    uploadId: UploadIdSchema.optional(),
  })
  .strict()
  .refine((s) => (s.text === undefined) !== (s.uploadId === undefined), 'give either text or uploadId');

/** One problem with an import: the spreadsheet row (header = row 1) or, for JSON, the path. */
export const ImportIssueSchema = z.object({
  row: z.number().int().positive().nullable(),
  column: z.string().nullable(),
  message: z.string(),
});
export type ImportIssue = z.infer<typeof ImportIssueSchema>;

export const ImportStockChangeSchema = z.object({
  variant: z.string(),
  from: z.number().int(),
  to: z.number().int(),
  /** The quantity the file asked for. */
  requested: z.number().int(),
  /** Units held by orders of the live show (already claimed). */
  claimed: z.number().int(),
});

export const ImportPreviewSchema = z.object({
  format: ImportFormatSchema,
  /** False: refused; errors says why, nothing was (or would be) written. */
  ok: z.boolean(),
  applied: z.boolean(),
  errors: z.array(ImportIssueSchema),
  warnings: z.array(ImportIssueSchema),
  /** A show is live: stock is set to the file's quantity less what the show has already claimed. */
  live: z.boolean(),
  added: z.array(
    z.object({ handle: z.string(), code: z.string(), title: z.string(), variants: z.number().int(), stock: z.number().int() }),
  ),
  updated: z.array(
    z.object({
      productId: IdSchema,
      handle: z.string(),
      code: z.string(),
      title: z.string(),
      fields: z.array(z.string()),
      variantsAdded: z.number().int(),
      variantsRemoved: z.number().int(),
      variantsChanged: z.number().int(),
      stock: z.array(ImportStockChangeSchema),
    }),
  ),
  unchanged: z.number().int().nonnegative(),
  products: z.number().int().nonnegative(),
  variants: z.number().int().nonnegative(),
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

export const catalogCommands = {
  'catalog.list': command({
    summary: `A page of the catalog (at most ${CATALOG_PAGE_MAX} products, in claim-code order) with variants, stock and images; page on with nextOffset.`,
    input: CatalogPageInputSchema,
    output: CatalogPageSchema,
    roles: ALL_ROLES,
  }),
  'catalog.get': command({
    summary: 'One product by id.',
    input: z.object({ productId: IdSchema }).strict(),
    output: ProductSchema,
    roles: STAFF,
  }),
  'catalog.product.create': command({
    summary: 'Add a product with its variants (each variant’s stock is written to the ledger as its initial stock).',
    input: ProductDraftSchema,
    output: ProductSchema,
    roles: HOST_ONLY,
  }),
  'catalog.product.update': command({
    summary: 'Change a product’s fields and variants (stock changes go through stock.adjust; new variants bring their initial stock).',
    input: ProductPatchSchema,
    output: ProductSchema,
    roles: HOST_ONLY,
  }),
  'catalog.product.delete': command({
    summary: 'Delete a product; refused while orders refer to it (archive it instead).',
    input: z.object({ productId: IdSchema }).strict(),
    output: z.object({ productId: IdSchema }),
    roles: HOST_ONLY,
  }),
  'catalog.image.add': command({
    summary: 'Attach a dropped picture (PNG, JPEG, GIF or WebP, at most 10 MB) to a product.',
    input: z
      .object({
        productId: IdSchema,
        fileName: z.string().min(1).max(255),
        dataBase64: z
          .string()
          .min(1)
          .max(MAX_IMAGE_BASE64_CHARS, `a picture is at most ${MAX_IMAGE_BYTES / 1024 / 1024} MB`),
        alt: z.string().max(500).default(''),
      })
      .strict(),
    output: ProductSchema,
    roles: HOST_ONLY,
  }),
  'catalog.image.remove': command({
    summary: 'Remove one picture from a product.',
    input: z.object({ imageId: IdSchema }).strict(),
    output: ProductSchema,
    roles: HOST_ONLY,
  }),
  'stock.adjust': command({
    summary: 'Add or remove units of a variant (delta), or set its free stock (set); logged as a manual movement with a note.',
    input: z.union([
      z
        .object({
          variantId: IdSchema,
          delta: z
            .number()
            .int()
            .min(-MAX_STOCK_DELTA, `a change is at most ${MAX_STOCK_DELTA} units`)
            .max(MAX_STOCK_DELTA, `a change is at most ${MAX_STOCK_DELTA} units`)
            .refine((n) => n !== 0, 'a change of 0 changes nothing'),
          note: z.string().max(500).optional(),
        })
        .strict(),
      z.object({ variantId: IdSchema, set: StockQuantitySchema, note: z.string().max(500).optional() }).strict(),
    ]),
    output: StockChangeSchema,
    roles: HOST_ONLY,
  }),
  'stock.movements': command({
    summary: 'A variant’s stock ledger, newest first.',
    input: z.object({ variantId: IdSchema, limit: z.number().int().min(1).max(1000).default(100) }).strict(),
    output: z.array(StockMovementSchema),
    roles: STAFF,
  }),
  'catalog.import.upload': command({
    summary: 'Send a large import file in parts (each at most 512 KiB of text); preview/apply then name the upload.',
    input: z.object({ uploadId: UploadIdSchema, part: z.number().int().nonnegative(), text: z.string().max(524_288) }).strict(),
    output: z.object({ uploadId: UploadIdSchema, chars: z.number().int().nonnegative() }),
    roles: HOST_ONLY,
  }),
  'catalog.import.preview': command({
    summary: 'What an import would add, update and refuse, without changing anything.',
    input: ImportSourceSchema,
    output: ImportPreviewSchema,
    roles: HOST_ONLY,
  }),
  'catalog.import.apply': command({
    summary: 'Import a file all-or-nothing (refused with every row error, database unchanged); pictures are fetched after the commit.',
    input: ImportSourceSchema,
    output: ImportPreviewSchema,
    roles: HOST_ONLY,
  }),
  'catalog.export': command({
    summary: 'The catalog as a Shopify product CSV (with code: tags) or the studio’s JSON backup format.',
    input: z.object({ format: ExportFormatSchema }).strict(),
    output: z.object({ fileName: z.string(), mimeType: z.string(), text: z.string() }),
    roles: HOST_ONLY,
  }),
} as const;

export const catalogEvents = {
  'catalog.changed': event({
    summary:
      'Products were added, changed or deleted (by an edit, an import — also from another process — or a picture arriving): re-list.',
    payload: z.object({
      reason: z.enum(['edit', 'delete', 'import', 'images', 'external']),
      productIds: z.array(IdSchema),
      at: TimestampSchema,
    }),
    roles: ALL_ROLES,
  }),
  'stock.changed': event({
    summary: 'Free stock of some variants changed.',
    payload: z.object({ changes: z.array(z.object({ variantId: IdSchema, productId: IdSchema, stock: z.number().int().nonnegative() })) }),
    roles: ALL_ROLES,
  }),
} as const;
