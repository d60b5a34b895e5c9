// /media/images/ needs no token (OBS and the overlay load pictures from it), so it must publish only
// the pictures the studio wrote there: a symbolic link under images/ is not followed.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestStudio } from '../../support/studio';

type TestStudio = Awaited<ReturnType<typeof startTestStudio>>;
let studio: TestStudio;
beforeEach(async () => {
  studio = await startTestStudio();
});
afterEach(async () => {
  await studio.dispose();
});

describe('serving pictures', () => {
  it('serves the pictures in images/ and never follows a link placed there', async () => {
    const images = path.join(studio.dataDir, 'images');
    const picture = fs.readdirSync(images).find((f) => f.endsWith('.png'))!;
    expect((await fetch(`${studio.baseUrl}/media/images/${picture}`)).status).toBe(200);

    const secret = path.join(studio.dataDir, 'secret.png');
    fs.writeFileSync(secret, 'not for the network');
    fs.symlinkSync(secret, path.join(images, 'link.png'));
    fs.symlinkSync(studio.dataDir, path.join(images, 'folder'));
    const link = await fetch(`${studio.baseUrl}/media/images/link.png`);
    expect(link.status).toBe(404);
    expect(await link.text()).not.toContain('not for the network');
    expect((await fetch(`${studio.baseUrl}/media/images/folder/secret.png`)).status).toBe(404);
  });
});
