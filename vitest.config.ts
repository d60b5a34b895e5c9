import { defineConfig } from 'vitest/config';

// Two projects: unit (fast, parallel) and integration (real OBS, IRC server, SQLite
// files and sockets: one file at a time, the machine has 2 cores).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          // Waits on real components are bounded by REAL_COMPONENT_WAIT_MS (30 s) each.
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
