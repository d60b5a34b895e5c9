import { StudioError, type Catalog, type Product } from '../../../shared/contract';
import { getProduct, listProducts } from '../store/catalog';
import type { Db } from '../store/db';
import { shopCurrency } from '../store/shop';

/** Reads of the catalog; import, export and editing build on this service. */
export class CatalogService {
  constructor(private readonly db: Db) {}

  list(): Catalog {
    return { currency: shopCurrency(this.db), products: listProducts(this.db) };
  }

  get(productId: number): Product {
    const product = getProduct(this.db, productId);
    if (!product) throw new StudioError('not_found', `No product with id ${productId}.`);
    return product;
  }
}
