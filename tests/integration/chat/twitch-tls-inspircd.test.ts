import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ChatEvent } from '../../../electron/core/chat/events';
import { TwitchConnector, type TwitchConnectorOptions } from '../../../electron/core/chat/twitch/twitch-connector';
import { ircClient, startInspircd, type Inspircd } from '../../support/inspircd';
import { createTestCa, type TestCa } from '../../support/test-ca';
import { tempDir } from '../../support/temp-db';
import { waitUntil } from '../../support/waits';

// The connector over TLS against InspIRCd's real TLS port (m_ssl_gnutls), with a CA made for the
// test by openssl. Verification stays on throughout: the connector only adds the test CA to its
// roots, so a certificate for another name, or one from a CA it was not given, is refused.
describe('Twitch connector over TLS (inspircd, test CA)', () => {
  let server: Inspircd;
  let ca: TestCa;
  const dir = tempDir('studio-twitch-tls-');
  const connectors: TwitchConnector[] = [];

  beforeAll(async () => {
    ca = createTestCa(path.join(dir, 'ca'));
    const good = ca.issue('localhost', { dns: ['localhost'], ip: ['127.0.0.1'] });
    const wrongName = ca.issue('wrong', { dns: ['irc.wrong.example'] });
    server = await startInspircd({ tls: [good, wrongName] });
  });

  afterEach(async () => {
    for (const c of connectors.splice(0)) await c.stop();
  });

  afterAll(async () => {
    await server?.stop();
  });

  function connect(options: Partial<TwitchConnectorOptions> & { server: string }) {
    const events: ChatEvent[] = [];
    const connector = new TwitchConnector(
      { channel: 'demoshop', tls: true, ca: ca.caPem, backoff: { initialMs: 100, maxMs: 500, jitter: 0 }, ...options },
      { sink: { push: (e) => void events.push(e), drain: async () => {} }, clock: () => Date.now(), log: () => {} },
    );
    connectors.push(connector);
    connector.start();
    return { connector, events };
  }

  it('joins over TLS by host name and by IP, receives chat and posts', async () => {
    for (const [i, host] of ['localhost', '127.0.0.1'].entries()) {
      const { connector, events } = connect({ server: `${host}:${server.tlsPorts[0]}`, username: `studiobot${i}`, token: 'oauth:x' });
      await waitUntil(() => connector.status().state === 'connected', `connected over TLS to ${host}`);
      const buyer = await ircClient(server.host, server.port, `buyer${i}`, 'demoshop');
      const heard = buyer.waitFor(/PRIVMSG #demoshop :Thanks, A12 is yours/);
      buyer.say(`A12 M via ${host}`);
      await waitUntil(() => events.some((e) => e.kind === 'message' && e.message.text === `A12 M via ${host}`), 'message over TLS');
      await connector.send!('Thanks, A12 is yours');
      await heard;
      buyer.close();
      await connector.stop();
    }
  });

  it('a certificate for another name is refused with a clear error, and not retried', async () => {
    const { connector } = connect({ server: `localhost:${server.tlsPorts[1]}` });
    await waitUntil(() => connector.status().state === 'failed', 'refused');
    expect(connector.status().detail).toMatch(/^TLS certificate of localhost:\d+ refused: .*altnames.*irc\.wrong\.example/);
  });

  it('a certificate from a CA the connector was not given is refused (verification is on by default)', async () => {
    const { connector } = connect({ server: `localhost:${server.tlsPorts[0]}`, ca: undefined });
    await waitUntil(() => connector.status().state === 'failed', 'refused');
    expect(connector.status().detail).toMatch(/^TLS certificate of localhost:\d+ refused: .*(issuer|self-signed|verify)/i);
  });
});
