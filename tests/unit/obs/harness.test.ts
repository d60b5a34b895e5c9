/** The real-OBS harness must fail loudly, naming the packages, when OBS is not installed. */
import { afterEach, describe, expect, it } from 'vitest';
import { assertObsInstalled, startObs } from '../../support/obs-harness';

const PATH = process.env.PATH;
afterEach(() => {
  process.env.PATH = PATH;
});

describe('obs harness without OBS', () => {
  it('names the apt packages instead of skipping', async () => {
    process.env.PATH = '/nonexistent';
    expect(() => assertObsInstalled()).toThrow(/sudo apt-get install -y obs-studio obs-plugins xvfb xauth libgl1-mesa-dri/);
    await expect(startObs()).rejects.toThrow(/obs \(obs-studio\).*Xvfb \(xvfb\)/);
  });
});
