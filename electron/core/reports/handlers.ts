import type { reportsCommands } from '../../../shared/contract';
import type { HandlersOf } from '../server/dispatch';
import type { ReportService } from './report-service';

/** The contract's reports domain (host only: it shows the show's money). */
export function reportsHandlers(reports: ReportService): HandlersOf<typeof reportsCommands> {
  return {
    'reports.show': ({ showId }) => reports.show(showId),
  };
}
