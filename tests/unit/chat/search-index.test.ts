import { afterEach, describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../shared/contract/chat';
import { ChatIngest, INDEX_PASS } from '../../../electron/core/chat/ingest';
import { insertChatBatch } from '../../../electron/core/store/chat';
import type { Db } from '../../../electron/core/store/db';
import { chatSearchCount, indexPendingChat, purgeChatSearch, searchChat } from '../../../electron/core/store/search';
import { insertLiveShow, tempDatabase } from '../../support/temp-db';
import { waitUntil } from '../../support/waits';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function setup() {
  const t = tempDatabase('studio-search-index-');
  cleanups.push(t.remove);
  return { ...t, showId: insertLiveShow(t.db) };
}

let n = 0;
function msg(text: string): ChatMessage {
  n++;
  return {
    platform: 'twitch',
    platformMessageId: `s-${n}`,
    channel: 'demoshop',
    author: { platformUserId: `u-${n % 5}`, name: `User ${n % 5}`, badges: [] },
    text,
    isAction: false,
    paid: null,
    sentAt: 1_700_000_000_000 + n,
    receivedAt: 1_700_000_001_000 + n,
  };
}

/** The index's own rows: what a search would see without catching up first. */
const rawHits = (db: Db, word: string) =>
  db.prepare('SELECT count(*) FROM chat_search WHERE chat_search MATCH ?').pluck().get(`"${word}"`) as number;
const indexedSeq = (db: Db) => db.prepare('SELECT indexed_seq FROM chat_search_progress').pluck().get() as number;

describe('chat search index, written after the commit (migration 0020)', () => {
  it('a committed message is not indexed in its own transaction, and a search still finds it', () => {
    const { db, showId } = setup();
    const [stored] = insertChatBatch(db, showId, [msg('biorę sukienkę Żółtą')]);
    expect(rawHits(db, 'sukienke')).toBe(0);
    const rows = searchChat(db, { match: '"sukienke"', limit: 10 });
    expect(rows.map((r) => r.seq)).toEqual([stored!.seq]);
    expect(rawHits(db, 'sukienke')).toBe(1);
    expect(indexedSeq(db)).toBe(stored!.seq);
    // Folded as before: ł reads as l.
    insertChatBatch(db, showId, [msg('Łódź wołam')]);
    expect(chatSearchCount(db, '"lodz"')).toBe(1);
  });

  it('indexes in passes of the given size, oldest first, and says how many', () => {
    const { db, showId } = setup();
    insertChatBatch(
      db,
      showId,
      Array.from({ length: 7 }, (_, i) => msg(`word${i}`)),
    );
    expect(indexPendingChat(db, 3)).toBe(3);
    expect(rawHits(db, 'word2')).toBe(1);
    expect(rawHits(db, 'word3')).toBe(0);
    expect(indexPendingChat(db, 3)).toBe(3);
    expect(indexPendingChat(db, 3)).toBe(1);
    expect(indexPendingChat(db, 3)).toBe(0);
    expect(rawHits(db, 'word6')).toBe(1);
  });

  it('erasing a message before or after it is indexed leaves none of its words in the index', () => {
    const { db, showId } = setup();
    const [early] = insertChatBatch(db, showId, [msg('zuzanna pisze wcześnie')]);
    indexPendingChat(db);
    const [late] = insertChatBatch(db, showId, [msg('zuzanna pisze późno')]);
    expect(rawHits(db, 'zuzanna')).toBe(1); // the late one is not indexed yet
    // What erase does (customers-service): blank the text, then merge the index.
    db.prepare("UPDATE chat_messages SET text = '' WHERE seq IN (?, ?)").run(early!.seq, late!.seq);
    purgeChatSearch(db);
    expect(chatSearchCount(db, '"zuzanna"')).toBe(0);
    expect(indexedSeq(db)).toBe(late!.seq);
  });

  it('a message deleted before it is indexed is skipped; one deleted after leaves the index', () => {
    const { db, showId } = setup();
    const [a] = insertChatBatch(db, showId, [msg('alpha')]);
    indexPendingChat(db);
    const [b] = insertChatBatch(db, showId, [msg('beta')]);
    db.prepare('DELETE FROM chat_messages WHERE seq IN (?, ?)').run(a!.seq, b!.seq);
    expect(chatSearchCount(db, '"alpha"')).toBe(0);
    expect(chatSearchCount(db, '"beta"')).toBe(0);
  });

  it('ingest indexes what it committed shortly after, without a search asking, in bounded passes', async () => {
    const { db, showId } = setup();
    const ingest = new ChatIngest({ db, clock: () => 1_700_000_009_000, showId: () => showId });
    cleanups.unshift(() => ingest.close());
    const count = INDEX_PASS * 2 + 5;
    for (let i = 0; i < count; i++) ingest.push({ kind: 'message', message: msg(`needle${i % 2 ? 'odd' : 'even'}`) });
    await ingest.drain();
    const last = db.prepare('SELECT max(seq) FROM chat_messages').pluck().get() as number;
    await waitUntil(() => indexedSeq(db) === last, 'the ingest to index every committed message');
    expect(rawHits(db, 'needleodd') + rawHits(db, 'needleeven')).toBe(count);
  });

  it('messages committed before a restart and never indexed are indexed by the next ingest', async () => {
    const { db, showId } = setup();
    insertChatBatch(db, showId, [msg('leftover one'), msg('leftover two')]);
    const ingest = new ChatIngest({ db, clock: () => 1_700_000_009_000, showId: () => showId });
    cleanups.unshift(() => ingest.close());
    await waitUntil(() => rawHits(db, 'leftover') === 2, 'the new ingest to index the messages left unindexed');
  });
});
