import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { UI_LANGUAGE_STORAGE_KEY } from '../../renderer/lib/ui-languages';
import { connectClient } from './client';

/**
 * The host window in a new browser context, in `lang` (saved as the seller's choice, as the language menu saves it),
 * once its socket is connected; and a host client on the same token, for what a test drives through the contract.
 */
export async function openHostWindow(
  browser: Browser,
  studio: { hostUrl: string; baseUrl: string },
  lang: string,
  viewport = { width: 1440, height: 900 },
): Promise<{ context: BrowserContext; host: Page; client: Awaited<ReturnType<typeof connectClient>> }> {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [UI_LANGUAGE_STORAGE_KEY, lang] as const);
  const host = await context.newPage();
  await host.goto(studio.hostUrl);
  await expect(host.getByTestId('status-core')).toHaveAttribute('data-state', 'connected');
  const client = await connectClient(studio.baseUrl, new URL(studio.hostUrl).hash.replace('#token=', ''));
  return { context, host, client };
}
