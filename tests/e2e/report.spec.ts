import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import { seedReportFixture, type ReportFixture } from '../support/report-fixture';
import { startTestStudio } from '../support/studio';

type TestStudio = Awaited<ReturnType<typeof startTestStudio>>;
let studio: TestStudio;
let fixture: ReportFixture;
const ARTIFACTS = 'tests/artifacts/report';

// The report of the fixture show (tests/support/report-fixture.ts: expected figures worked out by hand there and in
// tests/unit/reports/report.test.ts), written into the served studio's database.
test.beforeAll(async () => {
  studio = await startTestStudio();
  fixture = seedReportFixture(studio.db);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});
test.afterAll(async () => {
  await studio?.dispose();
});

test('the show report: figures, timeline with featured and scene segments, questions, trend; en/pl/kk, dark, light and print', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${studio.hostUrl}&tab=report&show=${fixture.showId}`);
  await expect(page.getByTestId('status-core')).toHaveAttribute('data-state', 'connected');
  const report = page.getByTestId('report');

  await test.step('headline figures as the fixture says (revenue without the cancel, buyers ÷ chatters)', async () => {
    await expect(page.getByTestId('report-title')).toContainText('Friday linen');
    await expect(page.getByTestId('report-revenue')).toContainText('597.00');
    await expect(page.getByTestId('report-paid')).toContainText('199.00');
    await expect(page.getByTestId('report-unpaid')).toContainText('398.00');
    await expect(page.getByTestId('report-orderLines')).toContainText('4');
    await expect(page.getByTestId('report-returningBuyers')).toContainText('1');
    await expect(page.getByTestId('report-chatters')).toContainText('4');
    await expect(page.getByTestId('report-buyersPerChatter')).toContainText('50%');
  });

  await test.step('the timeline chart draws bars, the chat line, shaded featured segments and scene lines', async () => {
    const chart = page.getByTestId('report-timeline');
    await expect(chart.locator('.report-timeline-bar')).toHaveCount(4);
    await expect(chart.locator('.report-segment')).toHaveCount(2);
    await expect(chart.locator('.report-scene')).toHaveCount(2);
    await expect(chart.locator('.report-timeline-line')).toHaveCount(1);
    await expect(chart).toContainText('Close-up');
  });

  await test.step('hovering a minute of the timeline shows its orders and chat; leaving it hides them', async () => {
    const chart = page.getByTestId('report-timeline');
    await chart.locator('.report-timeline-bar').first().hover();
    const tip = page.getByTestId('report-timeline-tip');
    await expect(tip).toBeVisible();
    // The first bar is Anna's shirt at 18:00:30 (UTC, the show's zone): its minute named by the clock and from the start.
    await expect(tip.locator('strong')).toHaveText('6:00 PM · min 0');
    await expect(tip).toContainText(/Orders: [1-9]/);
    await page.mouse.move(1, 1);
    await expect(tip).toHaveCount(0);
    // From the keyboard: Home is the first minute, the arrows step, leaving the chart hides it.
    await page.getByTestId('report-timeline-plot').focus();
    await page.keyboard.press('Home');
    await expect(tip).toBeVisible();
    const first = await tip.locator('strong').textContent();
    await page.keyboard.press('ArrowRight');
    await expect(tip.locator('strong')).not.toHaveText(first!);
    await page.keyboard.press('Tab');
    await expect(tip).toHaveCount(0);
  });

  await test.step('per product, segments, questions and the unanswered list', async () => {
    const products = page.getByTestId('report-product-row');
    await expect(products).toHaveCount(2);
    await expect(products.nth(0)).toContainText('R12 Linen shirt');
    await expect(products.nth(1)).toContainText('60%');
    await expect(page.getByTestId('report-q-median')).toContainText('45 s');
    await expect(page.getByTestId('report-q-p90')).toContainText('2:30');
    await expect(page.getByTestId('report-unanswered-row')).toHaveCount(2);
    await expect(page.getByTestId('report-unanswered-row').first()).toContainText('how much is shipping?');
    await expect(page.getByTestId('report-trend')).toContainText('Earlier show');
  });

  await test.step('in English, Polish and Kazakh, dark and light (kept in tests/artifacts/report/)', async () => {
    // Tall enough that the whole report is on screen: the workspace scrolls, a screenshot shows what is painted.
    await page.setViewportSize({ width: 1280, height: 2600 });
    for (const [lang, title, revenue] of [
      ['en', 'Show report', '597.00'],
      ['pl', 'Raport z transmisji', '597,00'],
      ['kk', 'Эфир есебі', '597'], // Debian's Chromium has no Kazakh number data: Intl falls back to its root locale
    ] as const) {
      await page.getByTestId('ui-language').selectOption(lang);
      await expect(page.getByTestId('report-title')).toContainText(title);
      await expect(page.getByTestId('report-revenue')).toContainText(revenue);
      await expect(page.getByTestId('tab-report')).toHaveText(lang === 'en' ? 'Report' : lang === 'pl' ? 'Raport' : 'Есеп');
      // Both charts drawn (the trend's is drawn after the first paint): the screenshots show every chart.
      await expect(page.locator('[data-testid=report-timeline] .report-timeline-bar').first()).toBeVisible();
      await expect(page.locator('[data-testid=report-trend-chart] .recharts-bar-rectangle').first()).toBeVisible();
      await report.screenshot({ path: `${ARTIFACTS}/report-${lang}-dark.png` });
      await page.getByTestId('report-theme').click();
      await expect(report).toHaveAttribute('data-theme', 'light');
      await report.screenshot({ path: `${ARTIFACTS}/report-${lang}-light.png` });
      await page.getByTestId('report-theme').click();
      await expect(report).toHaveAttribute('data-theme', 'dark');
    }
  });

  await test.step('print: black on white, the buttons and the rest of the window hidden', async () => {
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('report-print')).toBeHidden();
    expect(await report.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
    await page.screenshot({ path: `${ARTIFACTS}/report-kk-print.png`, fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    fs.writeFileSync(`${ARTIFACTS}/report-kk-print.pdf`, pdf);
    await page.emulateMedia({ media: 'screen' });
    await page.getByTestId('ui-language').selectOption('en');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  await context.close();
});

test('a draft that never went live says so instead of a span of no time and tables of zeros', async ({ browser }) => {
  const draft = studio.services.shows.list().find((s) => s.id !== fixture.showId && s.state === 'draft');
  expect(draft, 'the demo boutique has a draft show').toBeTruthy();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${studio.hostUrl}&tab=report&show=${draft!.id}`);
  await expect(page.getByTestId('report-title')).toContainText(draft!.title);
  await expect(page.getByTestId('report-not-started')).toHaveText(
    'This show has not gone live yet: its report fills in from the moment it does.',
  );
  await expect(page.getByTestId('report-revenue')).toHaveCount(0);
  await expect(page.getByTestId('report-timeline')).toHaveCount(0);
  await context.close();
});

test('a show that ran with no order and no chat says so instead of drawing an empty timeline', async ({ browser }) => {
  const quiet = studio.services.shows.create({ title: 'Quiet Tuesday' }, 'host');
  studio.services.shows.goLive(quiet.id, 'host');
  studio.services.shows.end(quiet.id, 'host');
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${studio.hostUrl}&tab=report&show=${quiet.id}`);
  await expect(page.getByTestId('report-title')).toContainText('Quiet Tuesday');
  await expect(page.getByTestId('report-timeline-empty')).toHaveText('Nothing happened in this show yet: no orders and no chat.');
  await expect(page.getByTestId('report-timeline')).toHaveCount(0);
  await expect(page.getByTestId('report-not-started')).toHaveCount(0);
  await context.close();
});
