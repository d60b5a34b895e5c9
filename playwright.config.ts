import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './tests/support/chromium';

// One worker: Chromium, the studio and the tests share 2 cores.

// The studios the specs start (in the worker processes, which inherit this environment) parse every
// reply and event with the contract, so a drift between core and contract fails a test.
process.env.LSS_CHECK_OUTPUTS = '1';

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  fullyParallel: false,
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  use: {
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    launchOptions: CHROMIUM_LAUNCH,
    trace: 'off',
  },
});
