/**
 * The hostile clients of flood.bench.ts, in a process of their own (as a real attacker's would be:
 * parsing its megabyte replies must not load the studio's thread). Argv: baseUrl, moderator token,
 * overlay token. Keeps 32 orders.list(limit 2000) and 16 catalog.list in flight until SIGTERM,
 * then prints one JSON line with the replies counted by outcome.
 */
import { connectClient, type TestClient } from '../support/client';

const [baseUrl, moderatorToken, overlayToken, showId] = process.argv.slice(2);
const counts = { ordersOk: 0, ordersLimited: 0, catalogOk: 0, catalogLimited: 0, other: 0 };
let running = true;

async function lane(
  client: TestClient,
  name: 'orders.list' | 'catalog.list',
  input: object,
  ok: keyof typeof counts,
  limited: keyof typeof counts,
) {
  while (running) {
    const reply = await client.call(name, input as never);
    if (reply.ok) counts[ok]++;
    else if (reply.error.code === 'rate_limited') counts[limited]++;
    else counts.other++;
  }
}

const moderator = await connectClient(baseUrl!, moderatorToken, { checkContract: false });
const overlay = await connectClient(baseUrl!, overlayToken, { checkContract: false });
const lanes = [
  ...Array.from({ length: 32 }, () => lane(moderator, 'orders.list', { showId: Number(showId), limit: 2000 }, 'ordersOk', 'ordersLimited')),
  ...Array.from({ length: 16 }, () => lane(overlay, 'catalog.list', {}, 'catalogOk', 'catalogLimited')),
];
process.stdout.write('flooding\n');
process.on('SIGTERM', () => {
  running = false;
  void Promise.race([Promise.all(lanes), new Promise((r) => setTimeout(r, 5000))]).then(() => {
    process.stdout.write(`${JSON.stringify(counts)}\n`);
    moderator.close();
    overlay.close();
    process.exit(0);
  });
});
