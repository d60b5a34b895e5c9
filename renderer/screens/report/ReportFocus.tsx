import { useTranslation } from 'react-i18next';
import type { ShowReport } from '../../../shared/contract';
import { formatClock } from '../../../shared/domain/report-format';
import { reportMinuteOf } from '../../../shared/domain/report-minutes';
import { Isolated } from '../../widgets/Isolated';

/** The minute of the show a moment falls in (the timeline's bars: shared/domain/report-minutes.ts). */
export function minuteAt(report: ShowReport, at: number): number {
  return reportMinuteOf(report.show.from, at);
}

/**
 * What the report shows about the moment a chat search hit opened it at: the time, the minute of
 * the show, what was featured then, and that minute's orders and chat (the timeline marks it too).
 */
export function ReportFocus({ report, at }: { report: ShowReport; at: number }) {
  const { t, i18n } = useTranslation();
  const minute = minuteAt(report, at);
  const row = report.perMinute.find((m) => m.minute === minute);
  const featured = report.segments.featured.find((s) => s.from <= at && at < s.to && s.productId !== null);
  return (
    <p className="report-focus" role="status" data-testid="report-focus" data-minute={minute}>
      <strong>{t('customers.search.focus', { time: formatClock(at, report.show.timeZone, i18n.language), minute })}</strong>{' '}
      {featured ? (
        <>
          · {t('report.timeline.featured')}: <Isolated>{`${featured.code ?? ''} ${featured.title ?? ''}`.trim()}</Isolated>
        </>
      ) : null}{' '}
      · {t('report.timeline.orders')}: {row?.orders ?? 0} · {t('report.timeline.messages')}: {row?.messages ?? 0}
    </p>
  );
}
