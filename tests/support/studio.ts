import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MemorySecretStore } from '../../electron/core/secrets/secret-store';
import { startStudio, type Studio, type StudioOptions } from '../../electron/core/studio';

/** A studio on a free port with a throwaway data folder; `dispose` closes it and removes the folder. */
export async function startTestStudio(
  options: Partial<StudioOptions> = {},
): Promise<Studio & { dataDir: string; dispose(): Promise<void> }> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'lss-test-'));
  const studio = await startStudio({ dataDir, port: 0, demo: true, secrets: new MemorySecretStore(), ...options });
  return Object.assign(studio, {
    dataDir,
    async dispose() {
      await studio.close();
      if (!options.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  });
}

export function tempDir(prefix = 'lss-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
