import { fillTemplate } from '@/lib/wording/results';
import { filterProblemMessage, parseResultFilters, type ResultFilters } from '@/lib/results/filters';
import type { CsvSeparator } from './csv';
import { exportText } from './words';

/** What the export page's form and the API's query string ask for (docs/api.md). */
export const exportFormats = ['csv', 'xlsx', 'spss', 'r', 'codebook', 'results-csv', 'results-xlsx'] as const;
type ExportFormat = (typeof exportFormats)[number];

export type ExportRequest = {
  format: ExportFormat;
  /** Option labels instead of codes in CSV and XLSX. */
  labels: boolean;
  separator: CsvSeparator;
  drafts: boolean;
  filters: ResultFilters;
};

const own = ['format', 'labels', 'separator', 'drafts'];
const problems = exportText.problems;

function flag(params: URLSearchParams, name: string): boolean | undefined {
  const value = params.get(name) ?? '';
  if (value === '' || value === '0') return false;
  // 'on' is what a checked box sends.
  return value === '1' || value === 'on' ? true : undefined;
}

/** Reads the options; the filters as the results read them (one province or size class). */
export function parseExportRequest(params: URLSearchParams): { ok: true; request: ExportRequest } | { ok: false; message: string } {
  // Twice would leave which one counts to chance.
  const repeated = own.find((name) => params.getAll(name).length > 1);
  if (repeated) return { ok: false, message: fillTemplate(problems.repeated, { name: repeated }) };
  const format = params.get('format') ?? 'csv';
  if (!(exportFormats as readonly string[]).includes(format)) {
    return { ok: false, message: fillTemplate(problems.format, { formats: exportFormats.join(', ') }) };
  }
  const separator = params.get('separator') || 'semicolon';
  if (separator !== 'semicolon' && separator !== 'comma') return { ok: false, message: problems.separator };
  const labels = flag(params, 'labels');
  const drafts = flag(params, 'drafts');
  if (labels === undefined) return { ok: false, message: fillTemplate(problems.flag, { name: 'labels' }) };
  if (drafts === undefined) return { ok: false, message: fillTemplate(problems.flag, { name: 'drafts' }) };
  const rest = new URLSearchParams([...params.entries()].filter(([key]) => !own.includes(key)));
  const filters = parseResultFilters(rest);
  if (!filters.ok) return { ok: false, message: filterProblemMessage(filters.problem) };
  return { ok: true, request: { format: format as ExportFormat, labels, separator, drafts, filters: filters.filters } };
}
