import { sizeClassLabel } from '@/lib/libraries/messages';
import { parseSizeClass } from '@/lib/libraries/fields';
import type { ExportCell } from '@/lib/questionnaire/types/question-type';
import type { ExportLayout } from './layout';
import { exportText } from './words';

/**
 * Cells as CSV and XLSX show them: a choice's option number as its code or
 * its label (as asked, never mixed), the status and size class likewise;
 * numbers, 0/1 columns and missing codes stay numbers.
 */
export function displayCells(layout: ExportLayout, cells: ExportCell[], labels: boolean): ExportCell[] {
  return cells.map((cell, i) => {
    const column = layout.columns[i];
    if (column.categorical && typeof cell === 'number' && cell > 0) {
      const value = column.values.find((v) => v.value === cell);
      return value ? (labels ? value.label : value.code) : cell;
    }
    if (!labels || column.question) return cell;
    if (column.stem === 'status' && (cell === 'draft' || cell === 'submitted')) return exportText.statuses[cell];
    if (column.stem === 'size_class' && typeof cell === 'string' && cell !== '') {
      const size = parseSizeClass(cell);
      return size ? sizeClassLabel(size) : cell;
    }
    return cell;
  });
}

/** The header row: variable names, the same in both modes, so scripts keep working. */
export function headerRow(layout: ExportLayout): string[] {
  return layout.columns.map((c) => c.name);
}
