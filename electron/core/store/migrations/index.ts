import { migration0001 } from './0001-catalog-and-shop';
import { migration0002 } from './0002-shows-buyers-chat';
import { migration0003 } from './0003-orders-questions';
import { migration0004 } from './0004-settings-tokens';
import { migration0005 } from './0005-stock-reasons';
import { migration0006 } from './0006-carts';
import { migration0007 } from './0007-commerce-unhandled';
import { migration0008 } from './0008-review-perf';
import { migration0009 } from './0009-invoices';
import { migration0010 } from './0010-shipping';
import { migration0011 } from './0011-customers';
import { migration0012 } from './0012-live-truth';
import { migration0013 } from './0013-parser';
import { migration0015 } from './0015-customers';
import { migration0017 } from './0017-security';
import { migration0020 } from './0020-ingest';
import { migration0021 } from './0021-show-chat-tallies';
import { migration0022 } from './0022-order-cancel-message';
import { migration0023 } from './0023-report-minutes-on-the-clock';
import type { Migration } from './types';

/** In order of version; add new ones at the end. */
export const migrations: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
  migration0012,
  migration0013,
  migration0015,
  migration0017,
  migration0020,
  migration0021,
  migration0022,
  migration0023,
];

/** The newest version (numbers are reserved per area, so the list may have gaps while areas land). */
export const LATEST_SCHEMA_VERSION = migrations.at(-1)!.version;
export type { Migration };
