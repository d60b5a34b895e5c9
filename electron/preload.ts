/**
 * The renderer talks to the core over the same socket.io contract as every
 * other client; the preload only tells the page it runs inside the desktop shell.
 */
import { contextBridge } from 'electron';

contextBridge.exposeInMainWorld('studioShell', { kind: 'electron' as const, platform: process.platform });
