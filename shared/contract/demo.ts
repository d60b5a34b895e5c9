import { z } from 'zod';
import { command, HOST_ONLY } from './define';

export const DemoStatusSchema = z.object({
  /** This studio is the demo: its own data folder and database, a recorded chat playing. */
  isDemo: z.boolean(),
  /** The seller's studio has never run a show: the host window offers the demo. */
  firstRun: z.boolean(),
  /** The seller's studio has a demo studio running beside it. */
  running: z.boolean(),
  /** In the demo studio: the seller's own host window, to go back to. */
  returnUrl: z.string().nullable(),
});
export type DemoStatus = z.infer<typeof DemoStatusSchema>;

export const demoCommands = {
  'demo.status': command({
    summary: 'Whether this studio is the demo, and whether the seller has run a show yet.',
    input: z.object({}).strict(),
    output: DemoStatusSchema,
    roles: HOST_ONLY,
  }),
  'demo.start': command({
    summary:
      'Starts the demo show on its own data folder and database (never the seller’s), live, playing a recorded chat at live speed; returns its host window.',
    input: z.object({}).strict(),
    output: z.object({ hostUrl: z.string() }),
    roles: HOST_ONLY,
  }),
} as const;
