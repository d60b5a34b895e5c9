import type { Product } from '../../shared/contract';

/** A contract product as the core lists it: active, one "Size" option, and no description, tags, link or images unless `fields` gives them. */
export function contractProduct(fields: Pick<Product, 'id' | 'handle' | 'code' | 'title' | 'variants'> & Partial<Product>): Product {
  return {
    description: '',
    vendor: '',
    tags: [],
    optionNames: ['Size'],
    status: 'active',
    productUrl: null,
    location: null,
    parcelSize: null,
    weightGrams: null,
    images: [],
    ...fields,
  };
}
