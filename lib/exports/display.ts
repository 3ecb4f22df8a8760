import { sizeClassLabel } from '@/lib/libraries/messages';
import { parseSizeClass } from '@/lib/libraries/fields';
import type { ExportCell } from '@/lib/questionnaire/types/question-type';
import type { ExportLayout, LayoutColumn } from './layout';
import { exportText } from './words';

type Shows = (cell: ExportCell) => ExportCell;

function columnShows(column: LayoutColumn, labels: boolean): Shows | null {
  if (column.categorical) {
    // By option number; the first value label of a number wins, as a search from the start would find.
    const shown = new Map<number, string>();
    for (const v of column.values) if (!shown.has(v.value)) shown.set(v.value, labels ? v.label : v.code);
    return (cell) => (typeof cell === 'number' && cell > 0 ? (shown.get(cell) ?? cell) : cell);
  }
  if (!labels || column.question) return null;
  if (column.stem === 'status') return (cell) => (cell === 'draft' || cell === 'submitted' ? exportText.statuses[cell] : cell);
  if (column.stem === 'size_class') {
    return (cell) => {
      if (typeof cell !== 'string' || cell === '') return cell;
      const size = parseSizeClass(cell);
      return size ? sizeClassLabel(size) : cell;
    };
  }
  return null;
}

/**
 * Cells as CSV and XLSX show them: a choice's option number as its code or
 * its label (as asked, never mixed), the status and size class likewise;
 * numbers, 0/1 columns and missing codes stay numbers. What each column
 * shows is worked out once per export; the function it returns changes a
 * response's cells in place (the caller's own, fresh from responseCellWriter).
 */
export function cellDisplay(layout: ExportLayout, labels: boolean): (cells: ExportCell[]) => ExportCell[] {
  const shows = layout.columns.flatMap((column, i) => {
    const show = columnShows(column, labels);
    return show ? [{ i, show }] : [];
  });
  return (cells) => {
    for (const { i, show } of shows) cells[i] = show(cells[i]);
    return cells;
  };
}

/** The header row: variable names, the same in both modes, so scripts keep working. */
export function headerRow(layout: ExportLayout): string[] {
  return layout.columns.map((c) => c.name);
}
