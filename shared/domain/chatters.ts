/**
 * Who counts as a chatter in the show report (README: Report definitions): everyone who wrote
 * in the show's chat except the shop's own accounts (the channel owner's badge, staff typing in
 * orders by hand, the accounts the studio posts from), moderators (their badge on any of their
 * messages) and known bots. The one list of bots lives here.
 */

/** Chat bots sellers commonly run beside a stream (lower case, as platforms spell the login). */
export const KNOWN_BOTS: readonly string[] = [
  'nightbot',
  'streamelements',
  'streamlabs',
  'moobot',
  'fossabot',
  'wizebot',
  'botisimo',
  'deepbot',
  'coebot',
  'phantombot',
  'stay_hydrated_bot',
  'soundalerts',
  'commanderroot',
  'sery_bot',
  'kofistreambot',
  'streamstickers',
  'restreambot',
  'restream',
];

export interface ChatAuthor {
  platform: string;
  platformUserId: string;
  name: string;
  /** Any of the author's messages carried the owner badge. */
  owner: boolean;
  /** Any of the author's messages carried the moderator badge. */
  moderator: boolean;
}

const BOTS = new Set(KNOWN_BOTS);

/** `ownAccounts`: the shop's own logins (lower case), e.g. the Twitch account the studio posts from. */
export function isChatter(author: ChatAuthor, ownAccounts: ReadonlySet<string>): boolean {
  if (author.owner || author.moderator || author.platform === 'manual') return false;
  const login = author.platformUserId.toLowerCase();
  const name = author.name.toLowerCase();
  if (BOTS.has(login) || BOTS.has(name)) return false;
  return !ownAccounts.has(login) && !ownAccounts.has(name);
}
