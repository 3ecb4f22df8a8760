import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { getEditionByCode } from '@/lib/editions/queries';
import { filteredDefinition } from '@/tests/support/definitions';
import { addEdition, addResponse, openTestDb } from '@/tests/support/results-db';
import { buildCodebook } from './codebook';
import { csvExport } from './csv';
import { exportLayout, type ExportLayout } from './layout';
import { measureSelection, readResponses } from './read';
import { rScript } from './r-script';
import { missingValuesSpec, plainDataRows, spssSyntax } from './spss';
import { codebookRows } from './tables';
import { xlsxExport } from './xlsx';

/*
 * A rating with labelled ends and "weet niet" as 99, described as the
 * generic column of lib/exports/column.ts. No question type declares such a
 * column yet, so the test takes a number question's column (its cells are the
 * numbers stored) and gives it the ordinal level, value labels and the
 * missing code: what the exports do with it is what a scale type will get.
 */

const DONT_KNOW = { value: 99, code: 'WEET_NIET', label: 'Weet niet / n.v.t.' };
const ENDS = [
  { value: 1, code: '1', label: 'Zeer ontevreden' },
  { value: 5, code: '5', label: 'Zeer tevreden' },
];

const definition = filteredDefinition('2031-2032', 'Schaal 2031-2032', [
  {
    code: 'TEVREDEN',
    type: 'number',
    text: 'Hoe tevreden bent u?',
    required: false,
    max: 99,
    condition: { question: 'FILTER', anyOf: ['JA'] },
  },
]);

/** The ratings given (99: weet niet), then one not asked (-1) and one asked and left open (-9). */
const RATINGS = [1, 2, 2, 3, 4, 4, 4, 5, 99, 99];

async function setup() {
  const db = await openTestDb();
  const stored = addEdition(db, definition);
  for (const rating of RATINGS) addResponse(db, { editionId: stored.id, answers: { FILTER: 'JA', TEVREDEN: rating } });
  addResponse(db, { editionId: stored.id, answers: { FILTER: 'NEE' } });
  addResponse(db, { editionId: stored.id, answers: { FILTER: 'JA' } });
  const edition = getEditionByCode({ db, code: stored.code })!;
  const plain = exportLayout(edition.definition);
  const layout: ExportLayout = {
    ...plain,
    columns: plain.columns.map((c) => (c.name === 'TEVREDEN' ? { ...c, level: 'ordinal', values: ENDS, missing: [DONT_KNOW] } : c)),
  };
  const selection = { edition, filters: {}, drafts: false };
  const { lastId } = await measureSelection(db, selection);
  return { db, edition, plain, layout, batches: () => readResponses(db, selection, { lastId }) };
}

async function text(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/** The syntax (or script) and its data file in a folder of their own. */
async function folderWith(
  name: string,
  script: string,
  layout: ExportLayout,
  batches: Awaited<ReturnType<typeof setup>>['batches'],
): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enquete-ordinal-'));
  fs.writeFileSync(path.join(dir, name), script);
  fs.writeFileSync(path.join(dir, 'data.csv'), await text(plainDataRows(layout, batches())));
  return dir;
}

const header = { edition: '2031-2032', filters: '', moment: '2031-12-01T10:00:00Z', dataFile: 'data.csv' };
const valid = RATINGS.filter((r) => r !== DONT_KNOW.value);
const mean = valid.reduce((a, b) => a + b, 0) / valid.length;
const sorted = [...valid].sort((a, b) => a - b);
const median = (sorted[Math.floor((sorted.length - 1) / 2)] + sorted[Math.ceil((sorted.length - 1) / 2)]) / 2;

describe('an ordinal column with a missing code of its own', () => {
  it('gets its own value labels, missing values and level in the syntax, the other columns keep theirs', async () => {
    const { plain, layout } = await setup();
    const before = spssSyntax(plain, header).split('\n');
    const after = spssSyntax(layout, header).split('\n');
    expect(after.filter((line) => !before.includes(line))).toEqual([
      "  TEVREDEN 1 'Zeer ontevreden' 5 'Zeer tevreden' 99 'Weet niet / n.v.t.' -1 'niet gevraagd (routing)' -9 'gevraagd, niet beantwoord'",
      'MISSING VALUES FILTER (-1, -9).',
      'MISSING VALUES TEVREDEN (-1, -9, 99).',
      'VARIABLE LEVEL TEVREDEN (ORDINAL).',
      'VARIABLE LEVEL response_id (SCALE).',
    ]);
    expect(before.filter((line) => !after.includes(line))).toEqual([
      "  TEVREDEN -1 'niet gevraagd (routing)' -9 'gevraagd, niet beantwoord'",
      'MISSING VALUES FILTER TEVREDEN (-1, -9).',
      'VARIABLE LEVEL response_id TEVREDEN (SCALE).',
    ]);
  });

  it('runs in GNU PSPP: labelled ends, 99 declared missing and labelled, the mean and median over the scale only', async () => {
    const { layout, batches } = await setup();
    const syntax = `${spssSyntax(layout, header)}\nFREQUENCIES /VARIABLES=TEVREDEN /STATISTICS=MEAN MEDIAN.\n`;
    const dir = await folderWith('run.sps', syntax, layout, batches);
    // PSPP exits non-zero on any error in the syntax.
    execFileSync('pspp', ['run.sps', '-o', 'out.csv'], { cwd: dir, stdio: 'pipe' });
    const records = parse(fs.readFileSync(path.join(dir, 'out.csv'), 'utf8'), {
      relax_column_count: true,
      skip_empty_lines: true,
    }) as string[][];
    const row = (...start: string[]) => records.find((r) => start.every((cell, i) => r[i] === cell));
    expect(row('N', 'Valid')?.[2]).toBe(String(valid.length));
    expect(Number(row('Mean')?.[2])).toBeCloseTo(mean, 2);
    expect(Number(row('Median')?.[2])).toBe(median);
    expect(row('Valid', 'Zeer ontevreden')?.[2]).toBe('1');
    expect(row('', 'Zeer tevreden')?.[2]).toBe('1');
    expect(row('', '4')?.[2]).toBe(String(valid.filter((r) => r === 4).length));
    // Missing, each with its reason: 99 apart from the routing's -1 and the unanswered -9.
    const missing = records.slice(records.findIndex((r) => r[0] === 'Missing' && r[1] !== 'Valid'));
    const missingCount = (label: string) => missing.find((r) => r[1] === label)?.[2];
    expect(missingCount('Weet niet / n.v.t.')).toBe('2');
    expect(missingCount('niet gevraagd (routing)')).toBe('1');
    expect(missingCount('gevraagd, niet beantwoord')).toBe('1');
  });

  it('runs in Rscript: numbers with their labels in attr "labels", 99 as NA with its reason', async () => {
    const { layout, batches } = await setup();
    const script = `${rScript(layout, header)}
line <- function(...) cat(..., "\\n", sep = "\\t")
line("numeric", is.numeric(data$TEVREDEN), is.factor(data$TEVREDEN))
line("mean", format(mean(data$TEVREDEN, na.rm = TRUE), digits = 10))
line("median", median(data$TEVREDEN, na.rm = TRUE))
line("valid", sum(!is.na(data$TEVREDEN)))
labels <- attr(data$TEVREDEN, "labels")
for (i in seq_along(labels)) line("labels", names(labels)[i], labels[[i]])
line("label", attr(data$TEVREDEN, "label"))
t <- table(missing_reason$TEVREDEN); for (level in names(t)) line("reason", level, t[[level]])
line("filter", class(data$FILTER))
`;
    const dir = await folderWith('run.R', script, layout, batches);
    const output = execFileSync('Rscript', ['run.R'], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
    const lines = output
      .trim()
      .split('\n')
      .map((l) => l.split('\t').filter((p) => p !== ''));
    const value = (...key: string[]) => lines.find((l) => key.every((k, i) => l[i] === k))?.[key.length];
    expect(lines.find((l) => l[0] === 'numeric')).toEqual(['numeric', 'TRUE', 'FALSE']);
    expect(Number(value('mean'))).toBeCloseTo(mean, 8);
    expect(Number(value('median'))).toBe(median);
    expect(value('valid')).toBe(String(valid.length));
    expect(lines.filter((l) => l[0] === 'labels').map((l) => l.slice(1))).toEqual([
      ['Zeer ontevreden', '1'],
      ['Zeer tevreden', '5'],
    ]);
    expect(value('label')).toBe('Hoe tevreden bent u?');
    expect(value('reason', 'Weet niet / n.v.t.')).toBe('2');
    expect(value('reason', 'niet gevraagd (routing)')).toBe('1');
    expect(value('reason', 'gevraagd, niet beantwoord')).toBe('1');
    // The choices' factors are untouched.
    expect(value('filter')).toBe('factor');
  });

  it('writes the number in CSV and XLSX, in the labels mode too', async () => {
    const { db, edition, layout, batches } = await setup();
    for (const labels of [false, true]) {
      const records: Record<string, string>[] = parse(await text(csvExport(layout, batches(), { labels, separator: 'semicolon' })), {
        bom: true,
        columns: true,
        delimiter: ';',
      });
      expect(records.map((r) => r.TEVREDEN)).toEqual([...RATINGS.map(String), '-1', '-9']);
    }
    const bytes: Buffer[] = [];
    for await (const chunk of xlsxExport(layout, batches(), {
      labels: true,
      codebook: await buildCodebook(db, edition, undefined),
      results: undefined,
    }))
      bytes.push(Buffer.from(chunk));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(bytes) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Antwoorden')!;
    const column = (sheet.getRow(1).values as unknown[]).indexOf('TEVREDEN');
    expect(sheet.getColumn(column).values.slice(2)).toEqual([...RATINGS, -1, -9]);
  });

  it('has the codebook list the labelled values and the missing code beside the shared ones', async () => {
    const { db, edition, layout } = await setup();
    const codebook = await buildCodebook(db, edition, undefined);
    const question = codebook.questions.find((q) => q.code === 'TEVREDEN')!;
    question.columns = layout.columns.filter((c) => c.name === 'TEVREDEN');
    const rows = codebookRows(codebook);
    const heading = rows[0];
    const row = rows.find((r) => r[0] === 'TEVREDEN')!;
    const cell = (name: string) => row[heading.indexOf(name)];
    expect(cell('Waarden')).toBe(['1 = Zeer ontevreden; 5 = Zeer tevreden', ...question.notes].join('; '));
    expect(cell('Ontbrekend')).toBe(`${codebook.missing}; 99 = WEET_NIET (Weet niet / n.v.t.)`);
    // Other columns keep the shared missing codes only.
    expect(rows.find((r) => r[0] === 'FILTER')![heading.indexOf('Ontbrekend')]).toBe(codebook.missing);
  });
});

describe('SPSS missing values of a column', () => {
  const column = (missing: number[], values = ENDS) => ({
    name: 'X',
    kind: 'numeric' as const,
    values,
    missing: missing.map((value) => ({ value, code: String(value), label: 'x' })),
  });

  it('lists up to three values, and beyond that the negative codes as a range', () => {
    expect(missingValuesSpec(column([]))).toBe('(-1, -9)');
    expect(missingValuesSpec(column([99]))).toBe('(-1, -9, 99)');
    expect(missingValuesSpec(column([-8]))).toBe('(-1, -9, -8)');
    expect(missingValuesSpec(column([-8, 99]))).toBe('(LOWEST THRU -1, 99)');
    expect(missingValuesSpec(column([-8, -7]))).toBe('(LOWEST THRU -1)');
  });

  it('refuses what SPSS cannot declare rather than declaring a valid answer missing', () => {
    expect(() => missingValuesSpec(column([98, 99]))).toThrow(/SPSS cannot declare/);
    expect(() => missingValuesSpec(column([-8, 99], [{ value: -2, code: '-2', label: 'x' }]))).toThrow(/SPSS cannot declare/);
    expect(() => missingValuesSpec({ ...column([99]), kind: 'string' })).toThrow(/only numeric/);
  });
});
