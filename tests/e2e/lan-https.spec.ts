import { chromium, expect, test } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../support/chromium';
import { connectClient } from '../support/client';
import { startTestStudio } from '../support/studio';

// LAN access: co-moderators' links are https with the studio's own certificate and its SHA-256
// fingerprint shown in the invite; a Chromium told to trust exactly that key (its SPKI hash, the
// way a co-moderator accepts the fingerprint) opens the console and connects over WSS, a Chromium
// that was not told refuses it. The loopback overlay stays on http.
type TestStudio = Awaited<ReturnType<typeof startTestStudio>>;
let studio: TestStudio;

test.beforeAll(async () => {
  studio = await startTestStudio({ host: '0.0.0.0' });
});
test.afterAll(async () => {
  await studio?.dispose();
});

async function invite(actor: string) {
  const host = await connectClient(studio.baseUrl, new URL(studio.hostUrl).hash.slice('#token='.length));
  const reply = await host.call('access.invite', { role: 'moderator', actor });
  host.close();
  if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  return reply.result as { url: string; fingerprint: string | null };
}

test('the invite is https with the certificate’s fingerprint; the overlay stays on loopback http', async ({ page }) => {
  expect(studio.tls).not.toBeNull();
  expect(studio.overlayUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/overlay\//);
  const { url, fingerprint } = await invite('Ola');
  expect(url).toMatch(new RegExp(`^https://[0-9.]+:${studio.port}/console/#token=`));
  expect(fingerprint).toBe(studio.tls!.fingerprint256);
  expect(fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  // The host window shows it beside the link.
  await page.goto(studio.hostUrl);
  await page.getByTestId('open-access').click();
  await page.getByTestId('invite-name').fill('Marta');
  await page.getByTestId('invite-create').click();
  await expect(page.getByTestId('invite-url')).toHaveValue(/^https:\/\//);
  await expect(page.getByTestId('invite-fingerprint')).toContainText(studio.tls!.fingerprint256);
});

test('Chromium trusting that fingerprint opens the console over https and connects over wss', async () => {
  const { url } = await invite('Ola2');
  const browser = await chromium.launch({
    ...CHROMIUM_LAUNCH,
    args: [...CHROMIUM_LAUNCH.args, `--ignore-certificate-errors-spki-list=${studio.tls!.spkiSha256}`],
  });
  try {
    const page = await browser.newPage();
    await page.goto(url);
    expect(new URL(page.url()).protocol).toBe('https:');
    await expect(page.getByTestId('status-core')).toHaveAttribute('data-state', 'connected');
  } finally {
    await browser.close();
  }
});

test('a Chromium that was not given the fingerprint refuses the certificate', async ({ page }) => {
  const { url } = await invite('Ola3');
  await expect(page.goto(url)).rejects.toThrow(/ERR_CERT_AUTHORITY_INVALID|ERR_CERT/);
});
