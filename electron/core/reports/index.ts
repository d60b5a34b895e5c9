export { ReportService, type ReportServiceOptions } from './report-service';
export { ownChatAccounts } from './own-accounts';
export { ChatTallyBackfill, type ChatTallyBackfillOptions } from './chat-tally-backfill';
