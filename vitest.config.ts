import { defineConfig } from 'vitest/config';

// Two projects: unit (fast, parallel) and integration (real OBS, IRC server, SQLite
// files and sockets: one file at a time, the machine has 2 cores).
// LSS_CHECK_OUTPUTS=1: the core parses every reply and event with the contract, so a drift fails a test
// (studios started in the test process read it, and so do the CLI processes the tests spawn).
const env = { LSS_CHECK_OUTPUTS: '1' };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          env,
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          env,
          fileParallelism: false,
          // Waits on real components are bounded by REAL_COMPONENT_WAIT_MS (30 s) each.
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
