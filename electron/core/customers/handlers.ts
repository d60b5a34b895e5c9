import type { customersCommands } from '../../../shared/contract';
import type { HandlersOf } from '../server/dispatch';
import type { CustomersService } from './customers-service';

/** The contract's customers domain (and chat search): moderators read, tag and decide held claims; the host does the rest. */
export function customersHandlers(customers: CustomersService): HandlersOf<typeof customersCommands> {
  return {
    'customers.list': (input) => customers.list(input),
    'customers.get': ({ customerId }) => customers.get(customerId),
    'customers.update': (input, ctx) => customers.update(input, ctx),
    'customers.setTags': (input, ctx) => customers.setTags(input, ctx),
    'customers.setDiscount': (input, ctx) => customers.setDiscount(input, ctx),
    'customers.setPrice': (input, ctx) => customers.setPrice(input, ctx),
    'customers.merge': (input, ctx) => customers.merge(input, ctx),
    'customers.unmerge': (input, ctx) => customers.unmerge(input, ctx),
    'customers.export': ({ customerId }, ctx) => customers.export(customerId, ctx),
    'customers.erase': (input, ctx) => customers.erase(input, ctx),
    'customers.decideHeld': (input, ctx) => customers.decideHeld(input, ctx),
    'search.chat': (input) => customers.search(input),
    'search.around': (input) => customers.around(input),
  };
}
