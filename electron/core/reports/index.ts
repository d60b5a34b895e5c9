export { ReportService, type ReportServiceOptions } from './report-service';
export { ownChatAccounts } from './own-accounts';
