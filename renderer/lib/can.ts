import { commands, type CommandName, type Role } from '../../shared/contract';

/** Whether a role may run a command, as the contract says: screens offer only what the core will accept. */
export function can(role: Role, name: CommandName): boolean {
  return (commands[name].roles as readonly Role[]).includes(role);
}
