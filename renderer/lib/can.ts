import { commands, type CommandName, type Role } from '../../shared/contract';

/** Whether a role may run a command, as the contract says: screens offer only what the core will accept. */
export function can(role: Role, name: CommandName): boolean {
  return (commands[name].roles as readonly Role[]).includes(role);
}

/**
 * Whether anything can be put on stream: the core features on its current show, the live one or else a draft (a
 * rehearsal may feature), and refuses when there is none (after the show ended). Unknown while the first read is
 * on its way (undefined): offered, as before.
 */
export function canFeature(current: { state: 'draft' | 'live' | 'ended' } | null | undefined): boolean {
  return current === undefined || (current !== null && current.state !== 'ended');
}
