// renderer/lib/zod-jitless.ts sets zod's jitless mode without importing zod (the windows' first script
// stays free of it): this holds zod to keeping its configuration where that file writes it.
import { expect, it } from 'vitest';

it('the setting the first script writes is the one zod reads: z.config().jitless', async () => {
  const zodGlobal = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
  expect(zodGlobal.__zod_globalConfig?.jitless).toBeUndefined();
  await import('../../../renderer/lib/zod-jitless');
  const { z } = await import('zod');
  expect(z.config().jitless).toBe(true);
  // And zod's own config object is the one written (not a copy taken earlier).
  expect(z.config()).toBe(zodGlobal.__zod_globalConfig);
});
