// The carts contract's plain values (shared/contract/carts-values.ts, zod-free for the Review screen's
// cold load) are the contract's own: every carts command has its roles there, and the screen's
// canCarts answers as the contract's roles do.
import { describe, expect, it } from 'vitest';
import { cartsCommands, CartStateSchema, commands, PaymentMethodSchema, PlatformSchema, type Role } from '../../../shared/contract';
import {
  CART_STATES,
  CARTS_ROLES,
  CHAT_PLATFORMS,
  canCarts,
  PAYMENT_METHODS,
  type CartsCommandName,
} from '../../../shared/contract/carts-values';

describe('carts values without zod', () => {
  it('name every carts command, with the roles the contract checks', () => {
    expect(Object.keys(CARTS_ROLES).sort()).toEqual(Object.keys(cartsCommands).sort());
    for (const name of Object.keys(cartsCommands) as CartsCommandName[])
      for (const role of ['host', 'moderator', 'overlay'] as Role[])
        expect(canCarts(role, name), `${role} ${name}`).toBe((commands[name].roles as readonly Role[]).includes(role));
    expect(canCarts('moderator', 'carts.markPaid')).toBe(true);
    expect(canCarts('moderator', 'carts.release')).toBe(false);
  });

  it('are the enums the schemas accept', () => {
    expect(CartStateSchema.options).toEqual([...CART_STATES]);
    expect(PaymentMethodSchema.options).toEqual([...PAYMENT_METHODS]);
    expect(PlatformSchema.options).toEqual([...CHAT_PLATFORMS]);
  });
});
