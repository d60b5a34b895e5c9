import fs from 'node:fs';
import path from 'node:path';
import type { Language } from '../../../shared/contract';
import { countProducts, findProductIdByCode, insertFact, insertProduct, type NewProduct } from '../store/catalog';
import type { Db } from '../store/db';
import { getShop, saveShop } from '../store/shop';
import { countShows, createShow, replaceLineup } from '../store/shows';
import { writeTx } from '../store/sql';

interface DemoCatalog {
  shop: { name: string; currency: string; language: string; timeZone: string };
  shopFacts: { topic: string; language: string; text: string }[];
  show: {
    title: string;
    language: Language;
    timeZone: string;
    lineup: { code: string; dealPriceMinor?: number; dealQuota?: number; dealSeconds?: number; perBuyerLimit?: number }[];
  };
  products: (Omit<NewProduct, 'handle' | 'images'> & { handle: string })[];
}

/** True when nothing has been written yet: the only state the demo may be seeded into. */
export function isEmptyDatabase(db: Db): boolean {
  return countProducts(db) === 0 && countShows(db) === 0 && getShop(db) === null;
}

/**
 * The demo boutique: products with sizes, colours, stock and pictures drawn by
 * the project (resources/demo), and a draft show with a lineup. One transaction.
 */
export function seedDemo(db: Db, dirs: { resourcesDir: string; imagesDir: string }, now: number): boolean {
  if (!isEmptyDatabase(db)) return false;
  const demo = JSON.parse(fs.readFileSync(path.join(dirs.resourcesDir, 'demo', 'catalog.json'), 'utf8')) as DemoCatalog;
  fs.mkdirSync(dirs.imagesDir, { recursive: true });
  for (const p of demo.products) {
    const file = `demo-${p.code}.png`;
    fs.copyFileSync(path.join(dirs.resourcesDir, 'demo', 'images', `${p.code}.png`), path.join(dirs.imagesDir, file));
  }
  writeTx(db, () => {
    saveShop(db, demo.shop, now);
    for (const f of demo.shopFacts) insertFact(db, null, f);
    for (const p of demo.products) {
      insertProduct(
        db,
        { ...p, images: [{ source: `resources/demo/images/${p.code}.png`, file: `demo-${p.code}.png`, state: 'ready', alt: p.title }] },
        'demo',
        now,
      );
    }
    const showId = createShow(db, { title: demo.show.title, language: demo.show.language, timeZone: demo.show.timeZone }, now);
    replaceLineup(
      db,
      showId,
      demo.show.lineup.map((item) => {
        const productId = findProductIdByCode(db, item.code);
        if (productId === null) throw new Error(`demo lineup names unknown code ${item.code}`);
        return { ...item, productId };
      }),
    );
  });
  return true;
}
