import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_LAUNCH, PLAYWRIGHT_DISABLED_FEATURES, STUDIO_DISABLED_FEATURES } from '../../support/chromium';

/** The `disabledFeatures = [...]` list in the installed playwright-core's bundle, names only (comments dropped). */
function installedPlaywrightDisabledFeatures(): string[] {
  const require = createRequire(import.meta.url);
  const lib = join(dirname(require.resolve('playwright-core/package.json')), 'lib');
  const source = readFileSync(join(lib, 'coreBundle.js'), 'utf8');
  const list = /disabledFeatures = \[([\s\S]*?)\]\.filter\(Boolean\)/.exec(source);
  if (!list) throw new Error(`playwright-core's disabledFeatures list was not found in ${lib}/coreBundle.js`);
  return [...list[1]!.replace(/\/\/.*$/gm, '').matchAll(/"([A-Za-z0-9]+)"/g)].map((m) => m[1]!);
}

describe('the Chromium the tests and benchmarks launch', () => {
  it("repeats the installed Playwright's disabled features (Chromium keeps only the last --disable-features)", () => {
    expect([...PLAYWRIGHT_DISABLED_FEATURES].sort()).toEqual(installedPlaywrightDisabledFeatures().sort());
  });

  it('passes one --disable-features holding both lists', () => {
    const switches = CHROMIUM_LAUNCH.args.filter((a) => a.startsWith('--disable-features='));
    expect(switches).toHaveLength(1);
    const names = switches[0]!.slice('--disable-features='.length).split(',');
    for (const name of [...PLAYWRIGHT_DISABLED_FEATURES, ...STUDIO_DISABLED_FEATURES]) expect(names).toContain(name);
  });
});
