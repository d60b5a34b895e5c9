import { z } from 'zod';
import { command, CurrencySchema, Empty, IdSchema, MinorUnitsSchema, STAFF, ALL_ROLES } from './define';

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
  images: z.array(ProductImageSchema),
  variants: z.array(VariantSchema),
});
export type Product = z.infer<typeof ProductSchema>;

export const CatalogSchema = z.object({
  currency: CurrencySchema,
  products: z.array(ProductSchema),
});
export type Catalog = z.infer<typeof CatalogSchema>;

export const catalogCommands = {
  'catalog.list': command({
    summary: 'Every product with its variants, stock and images.',
    input: Empty,
    output: CatalogSchema,
    roles: ALL_ROLES,
  }),
  'catalog.get': command({
    summary: 'One product by id.',
    input: z.object({ productId: IdSchema }).strict(),
    output: ProductSchema,
    roles: STAFF,
  }),
} as const;

export const catalogEvents = {} as const;
