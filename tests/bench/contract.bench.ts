import { performance } from 'node:perf_hooks';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { io } from 'socket.io-client';
import { connectClient } from '../support/client';
import { startTestStudio } from '../support/studio';
import { p95AgainstFloor } from './percentiles';
import type { BenchResult } from './types';

const ROUNDS = 500;

/** A bare socket.io round trip: emit with ack, no studio at all (the floor). */
async function bareRoundTrips(): Promise<number[]> {
  const http = createServer();
  const server = new Server(http);
  server.on('connection', (s) => s.on('cmd', (_n: unknown, _i: unknown, ack: (r: unknown) => void) => ack({ ok: true })));
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', () => r()));
  const socket = io(`http://127.0.0.1:${(http.address() as AddressInfo).port}`, { transports: ['websocket'] });
  await new Promise<void>((r) => socket.once('connect', () => r()));
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    await new Promise<void>((r) => socket.emit('cmd', 'x', {}, () => r()));
    times.push(performance.now() - t0);
  }
  socket.close();
  server.close();
  return times;
}

/**
 * contract.feature_to_event.p95: a host client sends show.feature; the time until a second
 * client (the overlay's role) receives show.featured — validated, committed (synchronous=FULL), broadcast.
 */
export default async function bench(): Promise<BenchResult[]> {
  const studio = await startTestStudio();
  const host = await connectClient(studio.baseUrl, new URL(studio.hostUrl).hash.slice('#token='.length), { checkContract: false });
  const overlay = await connectClient(studio.baseUrl, new URL(studio.overlayUrl).hash.slice('#token='.length), { checkContract: false });
  const products = studio.services.catalog.list().products;
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const product = products[i % products.length]!;
    const seen = overlay.next('show.featured', (f) => f.product?.id === product.id && f.seq > 0);
    const t0 = performance.now();
    void host.call('show.feature', { productId: product.id });
    await seen;
    times.push(performance.now() - t0);
  }
  host.close();
  overlay.close();
  await studio.dispose();
  const floor = await bareRoundTrips();
  return [
    {
      name: 'contract.feature_to_event.p95',
      ...p95AgainstFloor(times, floor),
      clock: 'performance.now() in the benchmark process',
      start: 'host client emits show.feature',
      end: 'overlay-role client receives show.featured',
    },
  ];
}
