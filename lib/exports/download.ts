import { Readable } from 'node:stream';
import type { Db } from '@/db/client';
import { transaction } from '@/db/transaction';
import { recordAudit, type AuditActor } from '@/lib/audit/record';
import type { Edition } from '@/lib/editions/queries';
import { computeResultsForCode } from '@/lib/results/aggregate';
import { filteredAttributes, type ResultFilters } from '@/lib/results/filters';
import { buildCodebook } from './codebook';
import { csvExport, csvTable } from './csv';
import { exportLayout } from './layout';
import { measureSelection, readResponses } from './read';
import type { ExportRequest } from './request';
import { rScript } from './r-script';
import { plainDataRows, spssSyntax, syntaxZip } from './spss';
import { codebookRows, resultsRows } from './tables';
import { exportText } from './words';
import { xlsxExport, xlsxTable } from './xlsx';

const contentTypes = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  spss: 'application/zip',
  r: 'application/zip',
  codebook: 'text/csv; charset=utf-8',
  'results-csv': 'text/csv; charset=utf-8',
  'results-xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

const extensions = {
  csv: 'csv',
  xlsx: 'xlsx',
  spss: 'zip',
  r: 'zip',
  codebook: 'csv',
  'results-csv': 'csv',
  'results-xlsx': 'xlsx',
} as const;

/** What the file holds, the word in its name: the answers, the published figures or the codebook. */
function contentsWord(format: ExportRequest['format']): string {
  if (format === 'results-csv' || format === 'results-xlsx') return 'resultaten';
  return format === 'codebook' ? 'codeboek' : 'antwoorden';
}

/** Only the answers can hold drafts; the figures and the codebook never do. */
function withDrafts(request: ExportRequest): boolean {
  return request.drafts && contentsWord(request.format) === 'antwoorden';
}

function slug(value: string): string {
  return (
    value
      .normalize('NFKD')
      // The accents NFKD split off, so Fryslân reads fryslan rather than frysla-n.
      .replace(/\p{M}/gu, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase()
  );
}

/** "enquete-2022-2023-antwoorden-utrecht-met-concepten-20261201": edition, contents, filter, drafts and day. */
function exportBaseName(edition: string, request: ExportRequest, now: Date): string {
  const filter = filteredAttributes(request.filters).flatMap((name) => request.filters[name]!.map(slug));
  const day = now.toISOString().slice(0, 10).replaceAll('-', '');
  return [
    `enquete-${slug(edition)}-${contentsWord(request.format)}`,
    ...filter,
    ...(withDrafts(request) ? ['met-concepten'] : []),
    day,
  ].join('-');
}

export function exportFileName(edition: string, request: ExportRequest, now: Date): string {
  return `${exportBaseName(edition, request, now)}.${extensions[request.format]}`;
}

const csvFormats = new Set<ExportRequest['format']>(['csv', 'codebook', 'results-csv']);

function filterDetails(filters: ResultFilters): Record<string, string> {
  return Object.fromEntries(filteredAttributes(filters).map((name) => [name, filters[name]!.join(', ')]));
}

/** The selection in one line for the syntax file's header. */
function filterLine(request: ExportRequest): string {
  const parts = Object.entries(filterDetails(request.filters)).map(([name, value]) => `${name}=${value}`);
  return [...parts, withDrafts(request) ? 'drafts=1' : 'submitted only'].join(', ');
}

/**
 * One export as a streamed download. The audit entry (who, format, options,
 * filters, rows) is written before the first byte, so an interrupted download
 * is on record too; the rows are those present when it started.
 */
export async function exportDownload({
  db,
  edition,
  request,
  actor,
  now = new Date(),
}: {
  db: Db;
  edition: Edition;
  request: ExportRequest;
  actor: AuditActor;
  now?: Date;
}): Promise<Response> {
  const selection = { edition, filters: request.filters, drafts: withDrafts(request) };
  const { rows, lastId } = await measureSelection(db, selection);
  await transaction(db, (tx) =>
    recordAudit(tx, {
      actor,
      action: 'export.downloaded',
      target: `edition:${edition.code}`,
      details: {
        format: request.format,
        labels: request.labels,
        drafts: selection.drafts,
        ...(csvFormats.has(request.format) ? { separator: request.separator } : {}),
        filters: filterDetails(request.filters),
        rows,
      },
    }),
  );
  const layout = exportLayout(edition.definition);
  const batches = readResponses(db, selection, { lastId });
  let body: Readable;
  if (request.format === 'results-csv' || request.format === 'results-xlsx') {
    // The results page's figures as they are (cached, minimum group size applied), never recomputed here.
    const rows = resultsRows(await computeResultsForCode({ db, code: edition.code, filters: request.filters }));
    body = request.format === 'results-csv' ? csvTable(rows, request.separator) : xlsxTable(exportText.sheets.results, rows);
  } else if (request.format === 'codebook') {
    const results = await computeResultsForCode({ db, code: edition.code, filters: request.filters });
    body = csvTable(codebookRows(await buildCodebook(db, edition, results)), request.separator);
  } else if (request.format === 'xlsx') {
    const results = await computeResultsForCode({ db, code: edition.code, filters: request.filters });
    body = xlsxExport(layout, batches, { labels: request.labels, codebook: await buildCodebook(db, edition, results), results });
  } else if (request.format === 'spss' || request.format === 'r') {
    const name = exportBaseName(edition.code, request, now);
    const dataName = `${name}-data.csv`;
    const header = {
      edition: `${edition.code} ${edition.title}`,
      filters: filterLine(request),
      moment: now.toISOString(),
      dataFile: dataName,
    };
    const [syntaxName, syntax] =
      request.format === 'spss' ? [`${name}.sps`, spssSyntax(layout, header)] : [`${name}.R`, rScript(layout, header)];
    body = syntaxZip({ syntaxName, syntax, dataName, data: plainDataRows(layout, batches) });
  } else {
    body = csvExport(layout, batches, { labels: request.labels, separator: request.separator });
  }
  return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, {
    headers: {
      'Content-Type': contentTypes[request.format],
      'Content-Disposition': `attachment; filename="${exportFileName(edition.code, request, now)}"`,
      'Cache-Control': 'no-store',
      'X-Export-Rows': String(rows),
    },
  });
}
