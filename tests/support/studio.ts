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
