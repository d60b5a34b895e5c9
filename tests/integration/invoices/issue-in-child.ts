// Run by two-processes.test.ts in its own OS process: opens the database file, prints "ready",
// waits for "go" on stdin, then issues the invoices of the carts it was given, one command each,
// and prints the numbers it got as one JSON line.
import { InvoicesService } from '../../../electron/core/invoices';
import { openDatabase } from '../../../electron/core/store/db';
import { SettingsSchema } from '../../../shared/contract';
import { cartsServiceOn } from '../../support/carts-service';

const [file, cartList] = process.argv.slice(2);
const db = openDatabase({ file: file! });
const settings = SettingsSchema.parse({});
const { carts, catalog, events } = cartsServiceOn(
  db,
  () => Date.now(),
  settings,
  () => null,
);
const invoices = new InvoicesService({ db, clock: () => Date.now(), events, carts, settings: () => settings.invoices });
process.stdout.write('ready\n');
process.stdin.once('data', () => {
  const numbers = cartList!.split(',').map((id) => invoices.issue(Number(id), { actor: `child-${process.pid}` }).number);
  process.stdout.write(`${JSON.stringify({ numbers })}\n`);
  carts.close();
  catalog.close();
  db.close();
  process.exit(0);
});
