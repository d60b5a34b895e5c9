/** Real Chromium from Debian (/usr/bin/chromium): Playwright never downloads a browser here. */
export const CHROMIUM = process.env.LSS_CHROMIUM ?? '/usr/bin/chromium';

/** How the e2e specs and the overlay benchmark launch it: no sandbox, no GPU, nothing fetched in the background. */
export const CHROMIUM_LAUNCH = {
  executablePath: CHROMIUM,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
