import type { ProductFields } from '../store/catalog';

/**
 * Just the product's own fields of anything that has them (a stored product, an export row, a
 * parsed backup). In the studio JSON backup's key order: the export's bytes depend on it.
 */
export function productFieldsOf<T extends { [K in keyof ProductFields]: unknown }>(p: T): Pick<T, keyof ProductFields> {
  return {
    handle: p.handle,
    code: p.code,
    title: p.title,
    description: p.description,
    vendor: p.vendor,
    productType: p.productType,
    tags: p.tags,
    status: p.status,
    productUrl: p.productUrl,
    optionNames: p.optionNames,
    location: p.location,
    parcelSize: p.parcelSize,
    weightGrams: p.weightGrams,
  };
}
