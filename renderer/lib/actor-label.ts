type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Who did something, in words: the buyer in chat, the studio itself (deadlines, waitlists), or a staff member's name. */
export function actorLabel(t: Translate, actor: string): string {
  if (actor === 'studio') return t('orders.history.studio');
  const chat = /^chat:([^:]+):/.exec(actor);
  if (chat) return t('orders.history.buyer', { platform: chat[1] });
  return actor;
}
