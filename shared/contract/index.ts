/**
 * The one contract every client speaks: commands (input, output, roles) and
 * events (payload, receiving roles), merged from a file per domain.
 * A new feature is: an entry here, a core method, a screen.
 */
import type { z } from 'zod';
import { catalogCommands, catalogEvents } from './catalog';
import { showCommands, showEvents } from './shows';
import { lineupCommands, lineupEvents } from './lineup';
import { statusCommands, statusEvents } from './status';
import { settingsCommands, settingsEvents } from './settings';
import { overlayCommands, overlayEvents } from './overlay';
import { accessCommands } from './access';
import { obsCommands, obsEvents } from './obs';
import { ordersCommands, ordersEvents } from './orders';
import { chatCommands, chatEvents } from './chat';
import { sourcesCommands } from './sources';
import { cartsCommands, cartsEvents } from './carts';
import { parserCommands, parserEvents } from './parser';
import { shippingCommands } from './shipping';
import { invoicesCommands, invoicesEvents } from './invoices';
import { reportsCommands } from './reports';
import { customersCommands, customersEvents } from './customers';
import { demoCommands } from './demo';

export const commands = {
  ...catalogCommands,
  ...showCommands,
  ...lineupCommands,
  ...statusCommands,
  ...settingsCommands,
  ...overlayCommands,
  ...accessCommands,
  ...obsCommands,
  ...ordersCommands,
  ...chatCommands,
  ...sourcesCommands,
  ...cartsCommands,
  ...parserCommands,
  ...shippingCommands,
  ...invoicesCommands,
  ...reportsCommands,
  ...customersCommands,
  ...demoCommands,
} as const;

export const events = {
  ...catalogEvents,
  ...showEvents,
  ...lineupEvents,
  ...statusEvents,
  ...overlayEvents,
  ...obsEvents,
  ...ordersEvents,
  ...chatEvents,
  ...cartsEvents,
  ...settingsEvents,
  ...invoicesEvents,
  ...customersEvents,
  ...parserEvents,
} as const;

export type Commands = typeof commands;
export type CommandName = keyof Commands;
export type CommandInput<K extends CommandName> = z.input<Commands[K]['input']>;
export type CommandParsedInput<K extends CommandName> = z.output<Commands[K]['input']>;
export type CommandOutput<K extends CommandName> = z.output<Commands[K]['output']>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<K extends EventName> = z.output<Events[K]['payload']>;

export * from './define';
export * from './errors';
export * from './error-messages';
export * from './catalog';
export * from './message-size';
export * from './shows';
export * from './lineup';
export * from './status';
export * from './chat';
export * from './settings';
export * from './overlay';
export * from './access';
export * from './obs';
export * from './orders';
export * from './sources';
export * from './carts';
export * from './parser';
export * from './shipping';
export * from './invoices';
export * from './customers';
export * from './pricing';
export * from './reports';
export * from './demo';
