import fs from 'node:fs';
import { MemorySecretStore } from '../../electron/core/secrets/secret-store';
import { startStudio, type Studio, type StudioOptions } from '../../electron/core/studio';
import { tempDir } from './temp-db';

/** A studio on a free port with a throwaway data folder; `dispose` closes it and removes the folder. */
export async function startTestStudio(
  options: Partial<StudioOptions> = {},
): Promise<Studio & { dataDir: string; dispose(): Promise<void> }> {
  const dataDir = options.dataDir ?? tempDir();
  const studio = await startStudio({ dataDir, port: 0, demo: true, secrets: new MemorySecretStore(), ...options });
  return Object.assign(studio, {
    dataDir,
    async dispose() {
      await studio.close();
      if (!options.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  });
}

/**
 * Puts the demo's draft show live, as a host does before selling: claims in a draft are a rehearsal's
 * test orders that take no stock (issue 16). A no-op when the current show is live already.
 */
export function goLive(studio: Studio): void {
  const show = studio.services.shows.current();
  if (show?.state === 'draft') studio.services.shows.goLive(show.id, 'host');
}
