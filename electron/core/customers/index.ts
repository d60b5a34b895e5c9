/**
 * Customers across shows and platforms (issue 15): CustomersService (list, page, merge and exact
 * unmerge, tags, VIP terms, held do-not-sell claims, export, erasure, chat search); export-json.ts
 * (the personal-data document); csv.ts (`studio export --what customers`).
 */
export { CustomersService, normaliseTag } from './customers-service';
export { customerDocument } from './export-json';
