// Run by two-processes.test.ts in its own OS process: opens the same database file, prints
// "ready", then sets the cart's payment method against the version it was given and prints
// the outcome as one JSON line ({"ok":true} or {"code":"conflict"}).
import { openDatabase } from '../../../electron/core/store/db';
import { SettingsSchema, StudioError, type PaymentMethod } from '../../../shared/contract';
import { cartsServiceOn } from './harness';

const [file, cartId, version, method] = process.argv.slice(2);
const db = openDatabase({ file: file! });
const { carts, catalog } = cartsServiceOn(
  db,
  () => Date.now(),
  SettingsSchema.parse({}),
  () => null,
);
process.stdout.write('ready\n');
let outcome: object;
try {
  carts.setPaymentMethod({ cartId: Number(cartId), version: Number(version), method: method as PaymentMethod }, { actor: 'child' });
  outcome = { ok: true };
} catch (error) {
  outcome = { code: error instanceof StudioError ? error.code : String(error) };
}
process.stdout.write(`${JSON.stringify(outcome)}\n`);
carts.close();
catalog.close();
db.close();
