import type { Role } from './define';

/**
 * The carts contract's plain values — its enums' members and who may run each command — without
 * zod: the Review screen's code needs only these, and importing the contract itself would load zod
 * and every schema of every domain on its cold path. shared/contract/carts.ts builds its schemas
 * and commands from them, so there is one list of each.
 */
export const CART_STATES = ['open', 'awaiting_payment', 'paid', 'packed', 'shipped', 'released', 'closed', 'combined'] as const;

export const PAYMENT_METHODS = ['bank_transfer', 'blik', 'card', 'paypal', 'payment_link', 'kaspi', 'cash', 'cash_on_delivery'] as const;

/** Cash on delivery carts ship unpaid and are never released by a deadline. */
export const CASH_ON_DELIVERY = 'cash_on_delivery' satisfies (typeof PAYMENT_METHODS)[number];

/** The chat platforms (PlatformSchema in ./chat.ts is built from this list). */
export const CHAT_PLATFORMS = ['twitch', 'youtube', 'facebook', 'tiktok', 'manual', 'replay'] as const;

const STAFF_ROLES = ['host', 'moderator'] as const satisfies readonly Role[];
const HOST_ROLE = ['host'] as const satisfies readonly Role[];

/** Who may run each carts command: a moderator views, marks paid and decides on releases that fell due; the rest is the host's. */
export const CARTS_ROLES = {
  'carts.list': STAFF_ROLES,
  'carts.get': STAFF_ROLES,
  'carts.editLine': HOST_ROLE,
  'carts.addLine': HOST_ROLE,
  'carts.removeLine': HOST_ROLE,
  'carts.release': HOST_ROLE,
  'carts.markPaid': STAFF_ROLES,
  'carts.markPacked': HOST_ROLE,
  'carts.combine': HOST_ROLE,
  'carts.setShipping': HOST_ROLE,
  'carts.setPaymentMethod': HOST_ROLE,
  'carts.requestPayment': HOST_ROLE,
  'carts.returnLine': HOST_ROLE,
  'carts.releasesDue': STAFF_ROLES,
  'carts.confirmReleases': STAFF_ROLES,
} as const satisfies Record<`carts.${string}`, readonly Role[]>;
export type CartsCommandName = keyof typeof CARTS_ROLES;

/** Whether a role may run a carts command (the same answer as the contract's `roles`). */
export function canCarts(role: Role, name: CartsCommandName): boolean {
  return (CARTS_ROLES[name] as readonly Role[]).includes(role);
}
