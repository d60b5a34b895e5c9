import { migration0001 } from './0001-catalog-and-shop';
import { migration0002 } from './0002-shows-buyers-chat';
import { migration0003 } from './0003-orders-questions';
import { migration0004 } from './0004-settings-tokens';
import { migration0005 } from './0005-stock-reasons';
import { migration0006 } from './0006-carts';
import { migration0007 } from './0007-commerce-unhandled';
import { migration0011 } from './0011-customers';
import type { Migration } from './types';

/** In order; each version is one more than the last. Add new ones at the end. */
export const migrations: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  // 0008-0010 belong to issues 11 (review-perf), 12 (invoices) and 13 (shipping), built in parallel: until their
  // files land, their numbers are held by empty steps (replace each line with the real migration when it merges).
  reserved(8, 'review-perf'),
  reserved(9, 'invoices'),
  reserved(10, 'shipping'),
  migration0011,
];

/** An empty step holding a number another branch owns (see above). */
function reserved(version: number, name: string): Migration {
  return { version, name: `reserved-${name}`, up: () => {} };
}

export const LATEST_SCHEMA_VERSION = migrations.length;
export type { Migration };
