import { describe, expect, it } from 'vitest';
import type { OutboxStatus } from '../../../shared/contract/chat';
import { Backoff } from '../../../electron/core/backoff';
import { OutboundQueue } from '../../../electron/core/chat/outbound';
import { defaultRateLimit } from '../../../electron/core/chat/platforms';
import { waitUntil } from '../../support/waits';

const clock = () => Date.now();

describe('Backoff', () => {
  it('grows exponentially up to the cap and resets', () => {
    const b = new Backoff({ initialMs: 100, maxMs: 1000, jitter: 0 });
    expect([b.next(), b.next(), b.next(), b.next(), b.next(), b.next()]).toEqual([100, 200, 400, 800, 1000, 1000]);
    b.reset();
    expect(b.next()).toBe(100);
    const j = new Backoff({ initialMs: 1000, jitter: 0.2, random: () => 0 });
    expect(j.next()).toBe(800);
  });
});

describe('OutboundQueue', () => {
  it('Twitch limits: 20 per 30 s, 100 for moderators', () => {
    expect(defaultRateLimit('twitch')).toEqual({ limit: 20, windowMs: 30_000 });
    expect(defaultRateLimit('twitch', true)).toEqual({ limit: 100, windowMs: 30_000 });
  });

  it('sends within the window limit, queues the rest visibly and sends them later in order', async () => {
    const sent: { text: string; at: number }[] = [];
    const changes: OutboxStatus[] = [];
    const q = new OutboundQueue({
      platform: 'twitch',
      send: async (text) => void sent.push({ text, at: Date.now() }),
      rateLimit: { limit: 3, windowMs: 300 },
      clock,
      onChange: (s) => changes.push(s),
    });
    const start = Date.now();
    let status: OutboxStatus | undefined;
    for (let i = 0; i < 7; i++) status = q.enqueue(`reply ${i}`);
    expect(status!.queued).toBeGreaterThan(0);
    await waitUntil(() => sent.length === 3, 'first window');
    expect(q.length).toBe(4);
    expect(q.status()).toMatchObject({ queued: 4, sentInWindow: 3, limit: 3 });
    await waitUntil(() => sent.length === 7, 'all sent', 3000);
    expect(sent.map((s) => s.text)).toEqual(Array.from({ length: 7 }, (_, i) => `reply ${i}`));
    // No window of 300 ms holds more than 3 sends.
    for (let i = 3; i < sent.length; i++) expect(sent[i]!.at - sent[i - 3]!.at).toBeGreaterThanOrEqual(299);
    expect(sent[6]!.at - start).toBeGreaterThanOrEqual(600);
    expect(changes.some((c) => c.queued === 4)).toBe(true);
    expect(q.status().queued).toBe(0);
  });

  it('a failing send keeps the reply queued and retries; stop() hands back what is left', async () => {
    let up = false;
    const sent: string[] = [];
    const q = new OutboundQueue({
      platform: 'twitch',
      send: async (text) => {
        if (!up) throw new Error('not connected');
        sent.push(text);
      },
      rateLimit: { limit: 20, windowMs: 30_000 },
      clock,
      retry: { initialMs: 20, maxMs: 50 },
    });
    q.enqueue('thanks Ana');
    q.enqueue('thanks Bo');
    await waitUntil(() => q.status().lastError === 'not connected', 'error visible');
    expect(q.length).toBe(2);
    up = true;
    await waitUntil(() => sent.length === 2, 'sent after recovery');
    up = false;
    q.enqueue('thanks Cy');
    await waitUntil(() => q.status().lastError !== null, 'failing again');
    expect(q.stop().map((i) => i.text)).toEqual(['thanks Cy']);
  });
});
