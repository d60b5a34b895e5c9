import type { Key, ReactNode } from 'react';

/** One column of a report table: its head, whether it holds a number (right-aligned, tabular) and its cell. */
export interface ReportColumn<Row> {
  head: ReactNode;
  numeric?: boolean;
  cell: (row: Row) => ReactNode;
}

/**
 * Every table of the show report (segments, products, answer groups, unanswered questions, the trend):
 * one markup, scrolling sideways on a narrow window, numbers right-aligned.
 */
export function ReportTable<Row>({
  columns,
  rows,
  rowKey,
  testId,
  rowTestId,
  rowClassName,
}: {
  columns: readonly ReportColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => Key;
  testId: string;
  rowTestId?: string;
  rowClassName?: (row: Row) => string | undefined;
}) {
  return (
    <div className="report-scroll">
      <table className="report-table" data-testid={testId}>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} className={c.numeric ? 'n' : undefined}>
                {c.head}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} data-testid={rowTestId} className={rowClassName?.(row)}>
              {columns.map((c, i) => (
                <td key={i} className={c.numeric ? 'n' : undefined}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
