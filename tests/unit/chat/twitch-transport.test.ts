// Twitch carries the account's OAuth token and the chat that becomes orders: TLS unless the peer is
// on this machine (the tests' loopback servers), and never plain to anything else.
import { describe, expect, it } from 'vitest';
import { TwitchConnector } from '../../../electron/core/chat/twitch/twitch-connector';
import { isLoopbackHost, parseServerAddress, TWITCH_IRC_SERVER } from '../../../electron/core/chat/twitch/server-address';

const deps = { sink: { push: () => {}, drain: async () => {} }, clock: () => 0, log: () => {} };

describe('the Twitch connector’s transport', () => {
  it('Twitch by default: TLS on 6697', () => {
    expect(TWITCH_IRC_SERVER).toEqual({ host: 'irc.chat.twitch.tv', port: 6697 });
    expect(new TwitchConnector({ channel: 'demoshop' }, deps).tls).toBe(true);
    expect(new TwitchConnector({ channel: 'demoshop', token: 't', username: 'u' }, deps).tls).toBe(true);
  });

  it('any other host without a port: TLS on 6697', () => {
    expect(parseServerAddress('irc.example.org')).toEqual({ host: 'irc.example.org', port: 6697 });
    expect(new TwitchConnector({ channel: 'demoshop', server: 'irc.example.org' }, deps).tls).toBe(true);
    expect(new TwitchConnector({ channel: 'demoshop', server: '10.0.0.5:6667' }, deps).tls).toBe(true);
  });

  it('plain TCP only to a loopback peer', () => {
    expect(new TwitchConnector({ channel: 'demoshop', server: '127.0.0.1:16667' }, deps).tls).toBe(false);
    expect(new TwitchConnector({ channel: 'demoshop', server: '[::1]:16667' }, deps).tls).toBe(false);
    expect(new TwitchConnector({ channel: 'demoshop', server: 'localhost:16697', tls: true }, deps).tls).toBe(true);
    expect(() => new TwitchConnector({ channel: 'demoshop', server: 'irc.chat.twitch.tv:6667', tls: false }, deps)).toThrow(
      /plain TCP to irc\.chat\.twitch\.tv refused: only a loopback peer/,
    );
    expect(() => new TwitchConnector({ channel: 'demoshop', server: '192.168.1.20', tls: false }, deps)).toThrow(/refused/);
  });

  it('what counts as loopback', () => {
    for (const h of ['127.0.0.1', '127.1.2.3', 'localhost', 'LOCALHOST', '::1', '::ffff:127.0.0.1'])
      expect(isLoopbackHost(h), h).toBe(true);
    for (const h of [
      '10.0.0.1',
      '192.168.0.1',
      '0.0.0.0',
      'localhost.example.com',
      '127.0.0.1.nip.io',
      '::ffff:10.0.0.1',
      'irc.chat.twitch.tv',
    ])
      expect(isLoopbackHost(h), h).toBe(false);
  });
});
