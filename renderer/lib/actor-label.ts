type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Who did something, in words: the buyer in chat, the studio itself (deadlines, waitlists), or a staff member's name. */
export function actorLabel(t: Translate, actor: string): string {
  if (actor === 'studio') return t('orders.history.studio');
  // The host's own token acts as 'host' (studio.ts); moderators act under the name their invite gave them.
  if (actor === 'host') return t('orders.history.host');
  const chat = /^chat:([^:]+):/.exec(actor);
  if (chat) return t('orders.history.buyer', { platform: chat[1] });
  return actor;
}
