import { describe, expect, it } from 'vitest';
import type { ChatEvent } from '../../../electron/core/chat/events';
import { parseIrcLine, sanitizeOutgoingText, unescapeTagValue } from '../../../electron/core/chat/twitch/irc-message';
import { emoteParts, normalizeTwitchMessage } from '../../../electron/core/chat/twitch/normalize';
import { parseServerAddress } from '../../../electron/core/chat/twitch/server-address';
import { fixtureLines } from './fixtures';

const NOW = 1_800_000_000_000;
const events = (file: string) =>
  fixtureLines(file)
    .map((l) => parseIrcLine(l))
    .map((m) => (m ? normalizeTwitchMessage(m, NOW) : null))
    .filter((e): e is ChatEvent => e !== null);
const messages = (file: string) => events(file).flatMap((e) => (e.kind === 'message' ? [e.message] : []));

describe('IRC line parsing', () => {
  it('parses tags, prefix, command and trailing param', () => {
    const m = parseIrcLine('@a=1;b=x\\sy\\:z;c :nick!user@host PRIVMSG #chan :hello : world')!;
    expect(m.tags).toEqual({ a: '1', b: 'x y;z', c: '' });
    expect(m.nick).toBe('nick');
    expect(m.command).toBe('PRIVMSG');
    expect(m.params).toEqual(['#chan', 'hello : world']);
    expect(parseIrcLine('PING :tmi.twitch.tv')).toMatchObject({ command: 'PING', params: ['tmi.twitch.tv'], prefix: null });
    expect(parseIrcLine(':tmi.twitch.tv 001 justinfan1 :Welcome')).toMatchObject({ command: '001', nick: null });
  });

  it('unescapes tag values per IRCv3', () => {
    expect(unescapeTagValue('6\\sraiders\\sfrom\\sraider\\shave\\sjoined\\n!')).toBe('6 raiders from raider have joined\n!');
    expect(unescapeTagValue('a\\\\b\\rc\\')).toBe('a\\b\rc');
  });

  it('every captured line parses', () => {
    for (const file of ['channel-sample-300.irc', 'tmijs-event-lines.irc']) {
      for (const line of fixtureLines(file)) expect(parseIrcLine(line), line).not.toBeNull();
    }
  });

  it('outgoing text cannot inject a second IRC command', () => {
    expect(sanitizeOutgoingText('thanks!\r\nPRIVMSG #other :spam')).toBe('thanks! PRIVMSG #other :spam');
  });

  it('server address HOST[:PORT]', () => {
    expect(parseServerAddress('127.0.0.2')).toEqual({ host: '127.0.0.2', port: 6667 });
    expect(parseServerAddress('localhost:16667')).toEqual({ host: 'localhost', port: 16667 });
    expect(parseServerAddress('[::1]:7000')).toEqual({ host: '::1', port: 7000 });
    expect(() => parseServerAddress('a:b:c')).toThrow(/HOST:PORT/);
  });
});

describe('Twitch normalisation of captured lines', () => {
  it('the channel capture: every PRIVMSG becomes a message with id, display name, badges and time', () => {
    const list = messages('channel-sample-300.irc');
    expect(list.length).toBe(292);
    expect(new Set(list.map((m) => m.platformMessageId)).size).toBe(292);
    const first = list[0]!;
    expect(first).toMatchObject({
      platform: 'twitch',
      platformMessageId: 'ca561310-6855-43b3-8325-3ea7418359a2',
      channel: 'demoshop',
      author: { platformUserId: '363203872', name: 'Viewer0002', badges: ['subscriber'] },
      sentAt: 1568505600501,
      receivedAt: NOW,
      isAction: false,
      paid: null,
    });
    const mod = list.find((m) => m.author.name === 'Viewer0006')!;
    expect(mod.author.badges).toEqual(expect.arrayContaining(['moderator', 'subscriber']));
    // emotes=932291:12-15 on "!#showemote xqcT"
    const withEmote = list.find((m) => m.author.name === 'Viewer0004')!;
    expect(withEmote.parts).toEqual([
      { type: 'text', text: '!#showemote ' },
      { type: 'emote', id: '932291', text: 'xqcT', url: expect.stringContaining('932291') },
    ]);
    // emotes=300235054:0-8,12-20,24-32 on "forsenJoy 👌 forsenJoy 👌 forsenJoy 👌": positions count code points, not UTF-16 units.
    const emoji = list.find((m) => m.author.name === 'Viewer0007')!;
    expect(emoji.parts!.filter((p) => p.type === 'emote').map((p) => p.text)).toEqual(['forsenJoy', 'forsenJoy', 'forsenJoy']);
    expect(emoji.parts!.map((p) => p.text).join('')).toBe(emoji.text);
  });

  it('the channel capture: CLEARCHAT timeouts become bans with duration', () => {
    const bans = events('channel-sample-300.irc').filter((e) => e.kind === 'ban');
    expect(bans.length).toBe(8);
    expect(bans[0]).toEqual({
      kind: 'ban',
      platform: 'twitch',
      channel: 'demoshop',
      platformUserId: '363203872',
      at: 1568505600739,
      durationSec: 150,
    });
  });

  it('tmi.js lines: /me actions, bits, broadcaster and vip badges, a full clear, a permanent ban', () => {
    const all = events('tmijs-event-lines.irc');
    const msgs = all.flatMap((e) => (e.kind === 'message' ? [e.message] : []));
    const action = msgs.find((m) => m.isAction && m.paid === null)!;
    expect(action.text).toBe('Hello :)');
    expect(action.author).toMatchObject({ name: 'Schmoopiie', platformUserId: 'schmoopiie', badges: ['owner'] });
    const cheers = msgs.filter((m) => m.paid);
    expect(cheers.map((m) => [m.text, m.isAction, m.paid])).toEqual([
      ['cheer100 Hello :)', false, { amountMinor: 100, currency: 'BITS' }],
      ['cheer100 Hello :)', true, { amountMinor: 100, currency: 'BITS' }],
    ]);
    // USERNOTICE resub with the viewer's own words is chat; the raid without words is not.
    expect(msgs.filter((m) => m.text === 'Great stream -- keep it up!').length).toBe(3);
    expect(all.some((e) => e.kind === 'clear')).toBe(true);
    expect(all.filter((e) => e.kind === 'ban').map((e) => (e.kind === 'ban' ? e.durationSec : 0))).toEqual([null, 60]);
    // WHISPER, NOTICE, ROOMSTATE, HOSTTARGET, MODE, JOIN, PART, PING are not chat.
    expect(msgs.every((m) => m.channel !== 'martinlarouche')).toBe(true);
    // The out-of-range emote positions of the first ACTION line are ignored rather than trusted.
    expect(action.parts?.map((p) => p.text).join('') ?? action.text).toBe(action.text);
  });

  it('project lines: CLEARMSG deletes by target-msg-id; a VIP /me keeps its words', () => {
    const all = events('project-clearmsg.irc');
    expect(all.map((e) => e.kind)).toEqual(['message', 'delete', 'message']);
    expect(all[1]).toEqual({
      kind: 'delete',
      platform: 'twitch',
      platformMessageId: '1f0c3a9e-0000-4000-8000-000000000001',
      at: 1700000001000,
    });
    const vip = all[2]!;
    expect(vip.kind === 'message' && vip.message).toMatchObject({ isAction: true, text: 'wants B7', author: { badges: ['vip'] } });
  });

  it('a standard IRCv3 server line (msgid, time, no Twitch tags) still gives an id, author and time', () => {
    const m = parseIrcLine('@msgid=abc123;time=2026-11-22T10:00:00.000Z :bob!~bob@127.0.0.1 PRIVMSG #demoshop :hi')!;
    const e = normalizeTwitchMessage(m, NOW);
    expect(e).toMatchObject({
      kind: 'message',
      message: {
        platformMessageId: 'abc123',
        author: { platformUserId: 'bob', name: 'bob' },
        sentAt: Date.parse('2026-11-22T10:00:00.000Z'),
      },
    });
  });

  it('emote parts ignore overlapping and out-of-range positions', () => {
    expect(emoteParts('Kappa', '25:0-4/26:2-3,9-12')).toEqual([{ type: 'emote', id: '25', text: 'Kappa', url: expect.any(String) }]);
    expect(emoteParts('hi', '25:5-9')).toBeUndefined();
  });
});
