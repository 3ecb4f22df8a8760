import { stringify } from 'csv-stringify/sync';
import messages from '@/messages/nl/monitoring.json';
import { sizeClassLabel } from '@/lib/libraries/messages';
import { formatDutchMoment } from './format';
import type { MonitoredLibrary } from './queries';

const columns = messages.monitoring.csv;
const statusLabels = messages.monitoring.statuses;

/** Rows in one download: more than any network has, bounded all the same. */
export const CSV_ROWS_CAP = 100_000;

/**
 * The (filtered) list for phoning: UTF-8 with a byte-order mark and `;`
 * between fields, which is what Excel in a Dutch locale opens as columns;
 * cells that a spreadsheet would run as a formula are escaped.
 */
export function monitoringCsv(libraries: MonitoredLibrary[]): string {
  const rows = libraries.map((l) => [
    l.name,
    l.province,
    l.email,
    l.sizeClass ? sizeClassLabel(l.sizeClass) : '',
    statusLabels[l.status],
    l.lastActivityAt ? formatDutchMoment(l.lastActivityAt) : '',
    formatDutchMoment(l.invitedAt),
    l.remindersSent,
    l.lastRemindedAt ? formatDutchMoment(l.lastRemindedAt) : '',
  ]);
  // A line break in a field is quoted even when it is not CRLF (the register refuses them today; the file stays readable if that changes).
  const header = [
    columns.name,
    columns.province,
    columns.email,
    columns.sizeClass,
    columns.status,
    columns.lastActivity,
    columns.invitedAt,
    columns.reminders,
    columns.lastReminded,
  ];
  return (
    '\uFEFF' + stringify([header, ...rows], { delimiter: ';', escape_formulas: true, record_delimiter: '\r\n', quoted_match: /[\r\n]/ })
  );
}
