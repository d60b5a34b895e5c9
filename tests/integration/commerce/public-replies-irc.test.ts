// The whole public loop against a real IRC server (InspIRCd as the Twitch peer): a buyer types a claim in
// the channel, the running studio takes the order, and thanks the buyer in the same channel; a question is
// answered there when auto-replies are on. Nothing is stubbed between the socket and the database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient, type TestClient } from '../../support/client';
import { ircClient, startInspircd, type Inspircd } from '../../support/inspircd';
import { startTestStudio } from '../../support/studio';
import { REAL_COMPONENT_WAIT_MS } from '../../support/waits';

type TestStudio = Awaited<ReturnType<typeof startTestStudio>>;
let server: Inspircd;
let studio: TestStudio;
let host: TestClient;

async function until(check: () => boolean, what: string, ms = REAL_COMPONENT_WAIT_MS) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  server = await startInspircd();
  studio = await startTestStudio();
  studio.services.shows.goLive(studio.services.shows.current()!.id, 'host');
  host = await connectClient(studio.baseUrl, new URL(studio.hostUrl).hash.slice('#token='.length));
  const reply = await host.call('settings.update', { commerce: { autoReplies: true, thankYous: true, extraIntentRules: {} } });
  expect(reply.ok).toBe(true);
  const added = await host.call('chat.sources.add', {
    platform: 'twitch',
    channel: 'demoshop',
    server: `${server.host}:${server.port}`,
    // InspIRCd does not check Twitch tokens; an account and token make the studio a poster.
    username: 'shopbot',
    token: 'oauth:not-checked-by-the-test-peer',
  });
  expect(added.ok, JSON.stringify(added)).toBe(true);
  await until(
    () => studio.services.status.get().chat.some((c) => c.platform === 'twitch' && c.state === 'connected'),
    'twitch source connected',
  );
});

afterAll(async () => {
  host?.close();
  await studio?.dispose();
  await server?.stop();
});

describe('public replies through a real IRC server', () => {
  it('a claim typed in the channel becomes an order, and the buyer is thanked in the channel', async () => {
    const buyer = await ircClient(server.host, server.port, 'anna', 'demoshop');
    const thanked = buyer.waitFor(/:shopbot!\S+ PRIVMSG #demoshop :.*@anna.*B7/i, 20_000);
    buyer.say('biorę B7 Grey');
    await until(
      () =>
        (
          studio.db
            .prepare(`SELECT count(*) AS n FROM orders o JOIN buyers b ON b.id = o.buyer_id WHERE b.display_name = 'anna'`)
            .get() as { n: number }
        ).n === 1,
      'the order on disk',
    );
    const order = studio.db
      .prepare(
        `SELECT p.code, v.option1, o.state FROM orders o JOIN products p ON p.id = o.product_id JOIN variants v ON v.id = o.variant_id`,
      )
      .get();
    expect(order).toEqual({ code: 'B7', option1: 'Grey', state: 'claimed' });
    await thanked;
    buyer.close();
  });

  it('a question typed in the channel is answered there from the product facts', async () => {
    const buyer = await ircClient(server.host, server.port, 'marek', 'demoshop');
    const answered = buyer.waitFor(/:shopbot!\S+ PRIVMSG #demoshop :.*@marek.*(lnu|len|linen)/i, 20_000);
    buyer.say('z czego jest A12?');
    await answered;
    const question = studio.db.prepare(`SELECT state, auto_answered AS auto, response_ms AS ms FROM questions`).get() as {
      state: string;
      auto: number;
      ms: number;
    };
    expect(question).toMatchObject({ state: 'answered', auto: 1 });
    expect(question.ms).toBeGreaterThanOrEqual(0);
    buyer.close();
  });
});
