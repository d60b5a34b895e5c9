import type { Page } from '@playwright/test';

/** Counts the `command` commands a page sends over its sockets from now on. */
export function countCommandsSent(page: Page, command: string): () => number {
  let sent = 0;
  page.on('websocket', (ws) =>
    ws.on('framesent', (frame) => {
      if (typeof frame.payload === 'string' && frame.payload.includes(`"${command}"`)) sent++;
    }),
  );
  return () => sent;
}
