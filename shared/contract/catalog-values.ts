/**
 * The catalog contract's plain values, without zod (as carts-values.ts): the host window's shell reads
 * the catalog in pages of this size, and importing the contract itself would build every domain's
 * schemas on its cold path. shared/contract/catalog.ts builds its schemas from it.
 */

/** The most products one `catalog.list` answers with: a big catalog is read in pages (issue 18: no unbounded lists). */
export const CATALOG_PAGE_MAX = 500;
