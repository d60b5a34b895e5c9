/** Real Chromium from Debian (/usr/bin/chromium): Playwright never downloads a browser here. */
export const CHROMIUM = process.env.LSS_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Playwright's own `--disable-features` list (playwright-core's `chromiumSwitches`). Chromium keeps only the last
 * `--disable-features` on its command line, and Playwright puts the caller's arguments after its own, so a caller
 * that disables a feature must repeat Playwright's list or silently lose it (PaintHolding, HTTPS upgrades …).
 * `tests/unit/support/chromium-features.test.ts` reads the installed playwright-core and fails when this drifts.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
] as const;

/**
 * Browser UI that a studio window (Electron's, or a tab in the seller's running browser) never loads per window:
 * headless Chromium preloads its top-bar WebUI — the omnibox popup with its AI-mode compose box, ~150 scripts —
 * for every new window, that is for every new browser context, on the same two cores as the page under test.
 * A Chromium trace of cold Review loads showed it in about one load in three, at their slow end.
 */
export const STUDIO_DISABLED_FEATURES = [
  'PreloadTopChromeWebUI',
  'WebUIOmniboxPopup',
  'WebUIOmniboxFullPopup',
  'WebUIOmniboxAimPopup',
] as const;

/** How the e2e specs and the benchmarks launch it: no sandbox, no GPU, nothing fetched in the background. */
export const CHROMIUM_LAUNCH = {
  executablePath: CHROMIUM,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...STUDIO_DISABLED_FEATURES].join(',')}`,
  ],
};
