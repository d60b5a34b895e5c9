import { migration0001 } from './0001-catalog-and-shop';
import { migration0002 } from './0002-shows-buyers-chat';
import { migration0003 } from './0003-orders-questions';
import { migration0004 } from './0004-settings-tokens';
import { migration0005 } from './0005-stock-reasons';
import { migration0006 } from './0006-carts';
import { migration0007 } from './0007-commerce-unhandled';
import { migration0008 } from './0008-review-perf';
import { migration0013 } from './0013-parser';
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
  migration0008,
  // Versions 9-12 belong to other areas (invoices, shipping, customers, live-truth); until their
  // migrations land these no-ops keep the versions contiguous. Merge: replace each with its migration.
  { version: 9, name: 'reserved for 0009-invoices', up: () => undefined },
  { version: 10, name: 'reserved for 0010-shipping', up: () => undefined },
  { version: 11, name: 'reserved for 0011-customers', up: () => undefined },
  { version: 12, name: 'reserved for 0012-live-truth', up: () => undefined },
  migration0013,
];

export const LATEST_SCHEMA_VERSION = migrations.length;
export type { Migration };
