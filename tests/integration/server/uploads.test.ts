// Pictures travel as bytes over the real socket.io transport, sized by one limit from the contract
// to the transport: a 9.5 MB picture arrives (the old 1 MB socket buffer closed the connection with
// no reply); one over the contract's 10 MB is a typed invalid_input naming the field, and one the
// transport could not carry is refused by the client as the same typed error. The socket stays up.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_IMAGE_BYTES, MAX_MESSAGE_BYTES } from '../../../shared/contract';
import { CommandError, StudioClient } from '../../../renderer/lib/studio-client';
import { connectClient, type TestClient } from '../../support/client';
import { startTestStudio } from '../../support/studio';

type TestStudio = Awaited<ReturnType<typeof startTestStudio>>;
let studio: TestStudio;
let host: TestClient;
const tokenOf = (url: string) => new URL(url).hash.replace('#token=', '');

/** A PNG by its signature, padded to `bytes` (the core sniffs the type; it never decodes the picture). */
function png(bytes: number): string {
  const data = Buffer.alloc(bytes, 7);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(data);
  return data.toString('base64');
}

beforeEach(async () => {
  studio = await startTestStudio();
  host = await connectClient(studio.baseUrl, tokenOf(studio.hostUrl));
});
afterEach(async () => {
  host.close();
  await studio.dispose();
});

describe('picture uploads over the socket', () => {
  it('a picture just under the contract’s 10 MB arrives and is stored', async () => {
    const productId = studio.services.catalog.list().products[0]!.id;
    const reply = await host.call('catalog.image.add', { productId, fileName: 'big.png', dataBase64: png(MAX_IMAGE_BYTES - 1024) });
    expect(reply).toMatchObject({ ok: true });
    if (reply.ok) expect((reply.result as { images: { state: string }[] }).images.at(-1)).toMatchObject({ state: 'ready' });
  });

  it('a picture over 10 MB is a typed invalid_input naming the field; the socket stays connected', async () => {
    const productId = studio.services.catalog.list().products[0]!.id;
    const reply = await host.call('catalog.image.add', { productId, fileName: 'huge.png', dataBase64: png(MAX_IMAGE_BYTES + 512 * 1024) });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!reply.ok) expect(reply.error.issues?.map((i) => i.path)).toEqual(['dataBase64']);
    expect(host.socket.connected).toBe(true);
    expect(await host.call('status.get', {})).toMatchObject({ ok: true });
  });

  it('a message the transport could not carry is refused by the studio’s client as a typed error, still connected', async () => {
    const client = new StudioClient(tokenOf(studio.hostUrl), studio.baseUrl);
    try {
      await new Promise<void>((resolve) => (client.socket.connected ? resolve() : client.socket.once('connect', () => resolve())));
      const productId = studio.services.catalog.list().products[0]!.id;
      const tooBig = png(Math.ceil((MAX_MESSAGE_BYTES * 3) / 4) + 1024);
      const error = await client.call('catalog.image.add', { productId, fileName: 'x.png', dataBase64: tooBig, alt: '' }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(CommandError);
      expect((error as CommandError).error.code).toBe('invalid_input');
      expect(client.socket.connected).toBe(true);
      await expect(client.call('status.get', {})).resolves.toMatchObject({ core: expect.anything() });
    } finally {
      client.close();
    }
  });
});
