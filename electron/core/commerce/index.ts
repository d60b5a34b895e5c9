/**
 * Orders and questions from chat, one job per module. The composition root
 * (electron/core/studio.ts) builds each of these and wires them:
 *
 * - CatalogView: the catalog as the intent engine reads it (rebuilt when it changes).
 * - ChatCommerce: chat ingest's in-transaction hook (claims, cancels, corrections, questions).
 * - CommercePublisher: after a commit, the contract events of what it did; reads, never writes.
 * - ChatReplies: what the studio says in chat (thank-yous, waitlist notes, detail questions).
 * - OrdersService, QuestionsService: the contract's orders and questions commands.
 *
 * Deals are the lineup's (shows/lineup-service.ts); all SQL is in electron/core/store/.
 */
export { CatalogView } from './catalog-view';
export { ChatCommerce } from './engine';
export { CommercePublisher } from './publisher';
export { ChatReplies } from './chat-replies';
export { OrdersService } from './orders-service';
export { QuestionsService } from './questions-service';
