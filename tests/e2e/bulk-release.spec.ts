// A bulk change is announced, not sent order by order (orders.resync): releasing hundreds of carts at once, the host's
// live board reads its window again and shows every line it holds as released, its totals the show's.
import { expect, test } from '@playwright/test';
import { MAX_ORDERS_PER_EVENT } from '../../electron/core/commerce/publisher';
import { upsertBuyer } from '../../electron/core/store/buyers';
import { writeTx } from '../../electron/core/store/sql';
import { adjustStock } from '../../electron/core/store/stock';
import { seedLine } from '../bench/seed-line';
import { goLive, startTestStudio } from '../support/studio';

type TestStudio = Awaited<ReturnType<typeof startTestStudio>>;
let studio: TestStudio;

test.beforeAll(async () => {
  studio = await startTestStudio();
  goLive(studio);
});
test.afterAll(async () => {
  await studio?.dispose();
});

test('releasing more carts than one event carries: the live board reads its window again', async ({ browser }) => {
  const show = studio.services.shows.current()!;
  const product = studio.services.catalog.list().products.find((p) => p.variants.length > 1)!;
  const [first, second] = product.variants as [(typeof product.variants)[0], (typeof product.variants)[0]];
  const buyers = MAX_ORDERS_PER_EVENT / 2 + 20;
  const now = Date.now();
  writeTx(studio.db, () => {
    for (const v of [first, second]) adjustStock(studio.db, v.id, buyers, 'initial', 'test', now);
    for (let b = 0; b < buyers; b++) {
      const buyerId = upsertBuyer(studio.db, { platform: 'twitch', platformUserId: `bulk${b}`, displayName: `bulk ${b}` }, now);
      for (const v of [first, second])
        seedLine(
          studio.db,
          { showId: show.id, buyerId, productId: product.id, variantId: v.id, unitPriceMinor: v.priceMinor, actor: `chat:twitch:bulk${b}` },
          now + b,
        );
    }
  });

  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(studio.hostUrl);
  const totals = page.getByTestId('orders-totals');
  await expect(totals).toHaveAttribute('data-count', String(2 * buyers));
  await expect(page.locator('[data-testid=order-row][data-state=claimed]').first()).toBeVisible();

  const { carts } = studio.services;
  const ids = studio.db.prepare('SELECT id FROM carts WHERE show_id = ?').pluck().all(show.id) as number[];
  carts.release({ carts: ids.map((cartId) => ({ cartId, version: carts.get(cartId).version })), nonPayment: true }, { actor: 'host' });

  // Every row the board shows is released (none left claimed), and the header counts no order taken.
  await expect(page.locator('[data-testid=order-row][data-state=released]').first()).toBeVisible();
  await expect(page.locator('[data-testid=order-row][data-state=claimed]')).toHaveCount(0);
  await expect(page.getByTestId('live-taken')).toHaveAttribute('data-count', '0');
  await expect(totals).toHaveAttribute('data-value-minor', '0');
  await page.screenshot({ path: 'tests/artifacts/bulk-release.png' });
  await context.close();
});
