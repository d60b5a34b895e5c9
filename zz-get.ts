import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { upsertBuyer } from './electron/core/store/buyers';
import { openDatabase } from './electron/core/store/db';
import { writeTx } from './electron/core/store/sql';
import { getOrders } from './electron/core/store/orders';
import { seedShop } from './tests/unit/commerce/helpers';
import { tempDir } from './tests/support/temp-db';
import { seedLine } from './tests/bench/seed-line';
const db = openDatabase({ file: path.join(tempDir('zz-'), 'studio.db') });
const fixture = seedShop(db, { stock: 100_000, buyers: 0 });
const now = 1_700_000_000_000;
const [s, m] = fixture.variantIds as [number, number];
writeTx(db, () => {
  for (let b = 0; b < 5000; b++) {
    const buyerId = upsertBuyer(db, { platform: 'twitch', platformUserId: `u${b}`, displayName: `buyer ${b}` }, now);
    for (let l = 0; l < 4; l++) seedLine(db, { showId: fixture.showId, buyerId, productId: fixture.product.id, variantId: l % 2 ? m : s, unitPriceMinor: 14900, actor: `chat:twitch:u${b}` }, now);
  }
});
const ids = db.prepare('SELECT id FROM orders').pluck().all() as number[];
import { readFileSync } from 'node:fs';
const src = readFileSync('electron/core/store/orders.ts', 'utf8');
const VIEW_SELECT = src.slice(src.indexOf('const VIEW_SELECT = `') + 21, src.indexOf('`;', src.indexOf('const VIEW_SELECT = `')));
const q = `${VIEW_SELECT} WHERE o.id IN (SELECT value FROM json_each(?)) ORDER BY o.id`;
for (let r = 0; r < 5; r++) {
  const st = db.prepare(q);
  const t1 = performance.now();
  st.all(JSON.stringify(ids)); const t2 = performance.now();
  st.raw(true); const rows = st.all(JSON.stringify(ids)) as unknown[][]; const t3 = performance.now();
  const names = st.columns().map((c) => c.name);
  const out = rows.map((row) => { const o: Record<string, unknown> = {}; for (let i = 0; i < names.length; i++) o[names[i]!] = row[i]; return o; });
  const t4 = performance.now();
  console.log('view objects', (t2 - t1).toFixed(0), 'view raw', (t3 - t2).toFixed(0), 'raw+js objects', (t4 - t2).toFixed(0), out.length);
}
