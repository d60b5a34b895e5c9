import fs from 'node:fs';
import path from 'node:path';
import { CHROMIUM } from '../support/chromium';

/** The e2e suite needs real Chromium and the built pages: fail loudly, never skip. */
export default function globalSetup() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium" (or run scripts/install.sh).`);
  }
  // The studios the specs start check every reply and event against the contract only with this set.
  if (process.env.LSS_CHECK_OUTPUTS !== '1') {
    throw new Error('LSS_CHECK_OUTPUTS=1 is not set: run the e2e suite through playwright.config.ts, which sets it.');
  }
  if (!fs.existsSync(path.resolve('out/renderer/index.html'))) {
    throw new Error('The renderer is not built (out/renderer/index.html is missing): run "npm run build" first (npm test does).');
  }
}
