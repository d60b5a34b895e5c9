import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AlertSettingsSchema, type EventPayload } from '../../../shared/contract';
import { droppedFramesAlert, frameLoss } from '../../../shared/domain/alerts';
import { StatsSampler } from '../../../electron/core/obs/stats';
import type { ObsSocket, ResponseMessage } from '../../../electron/core/obs/socket';

type ObsStats = EventPayload<'obs.stats'>;
const recorded = JSON.parse(fs.readFileSync('tests/fixtures/obs/getstats-polls.json', 'utf8')) as {
  polls: { note: string; replies: ResponseMessage[] }[];
};

/** The polls replayed through the real sampler, as the OBS controller runs it. */
async function samples(): Promise<ObsStats[]> {
  const sampler = new StatsSampler();
  const out: ObsStats[] = [];
  for (const [i, poll] of recorded.polls.entries()) {
    const socket = { callBatch: async () => poll.replies } as unknown as ObsSocket;
    out.push(await sampler.sample(socket, 1_000_000 + i * 2000));
  }
  return out;
}

describe('dropped-frames alert on recorded GetStats replies', () => {
  it('alerts at the stage that lost the largest share, only over the threshold', async () => {
    const s = await samples();
    const settings = AlertSettingsSchema.parse({}); // 1 % by default
    expect(settings.droppedFramesPercent).toBe(1);
    const alerts = s.map((now, i) => droppedFramesAlert(s[i - 1] ?? null, now, settings));
    expect(alerts[0]).toBeNull(); // first poll: old totals are not "dropping now"
    expect(alerts[1]).toBeNull(); // clean
    expect(frameLoss(s[1]!, s[2]!)).toMatchObject({ cause: 'network', frames: 1 });
    expect(alerts[2]).toBeNull(); // 1 of 120: 0.83 %
    expect(alerts[3]).toMatchObject({ cause: 'network', frames: 2 });
    expect(alerts[3]!.percent).toBeCloseTo(3.33, 1);
    expect(alerts[4]).toMatchObject({ cause: 'encoder', frames: 6, percent: 10 });
    expect(alerts[5]).toMatchObject({ cause: 'render', frames: 30, percent: 50 });
    expect(alerts[6]).toBeNull(); // OBS restarted: counters from zero, nothing lost
  });

  it('follows the threshold and the toggle from the settings', async () => {
    const s = await samples();
    expect(droppedFramesAlert(s[1]!, s[2]!, AlertSettingsSchema.parse({ droppedFramesPercent: 0.5 }))).toMatchObject({ frames: 1 });
    expect(droppedFramesAlert(s[3]!, s[4]!, AlertSettingsSchema.parse({ droppedFramesPercent: 20 }))).toBeNull();
    expect(droppedFramesAlert(s[4]!, s[5]!, AlertSettingsSchema.parse({ droppedFrames: false }))).toBeNull();
  });

  it('refuses settings out of range (schema-validated)', () => {
    expect(AlertSettingsSchema.safeParse({ droppedFramesPercent: 0 }).success).toBe(false);
    expect(AlertSettingsSchema.safeParse({ questionWaitSeconds: 5 }).success).toBe(false);
    expect(AlertSettingsSchema.safeParse({ sound: 'loud' }).success).toBe(false);
    expect(AlertSettingsSchema.safeParse({ beep: true }).success).toBe(false); // strict: a misspelt key is refused
  });
});
