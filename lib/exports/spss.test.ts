import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { getEditionByCode } from '@/lib/editions/queries';
import { computeEditionResults } from '@/lib/results/aggregate';
import { exportFixture } from '@/tests/support/export-fixture';
import { exportDownload } from './download';
import { fitBytes, spssQuote } from './spss';

/** Frequencies per variable label from PSPP's CSV output: label → value label → count. */
function frequencies(output: string): Map<string, Map<string, number>> {
  const tables = new Map<string, Map<string, number>>();
  let current: Map<string, number> | null = null;
  for (const record of parse(output, { relax_column_count: true, skip_empty_lines: true }) as string[][]) {
    if (record[0].startsWith('Table: ')) {
      current = new Map();
      tables.set(record[0].slice('Table: '.length), current);
    } else if (current && record.length >= 3 && record[1] !== '' && /^\d+$/.test(record[2])) {
      current.set(record[1], Number(record[2]));
    }
  }
  return tables;
}

describe('SPSS export', () => {
  it('quotes labels as SPSS wants them: inner quotes doubled, within the byte limit, whole characters', () => {
    expect(spssQuote("Bieb's 'boeken'", 100)).toBe("'Bieb''s ''boeken'''");
    expect(fitBytes('é'.repeat(100), 121)).toBe('é'.repeat(60));
    expect(fitBytes('a\nb', 10)).toBe('a b');
  });

  it('runs in GNU PSPP and gives, for every option, the counts of the results page', async () => {
    const { db, editionCode } = await exportFixture();
    const edition = getEditionByCode({ db, code: editionCode })!;
    const response = await exportDownload({
      db,
      edition,
      request: { format: 'spss', labels: false, separator: 'comma', drafts: false, filters: {} },
      actor: { label: 'test' },
      now: new Date('2026-12-01T10:00:00Z'),
    });
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="enquete-2030-2031-antwoorden-20261201.zip"');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enquete-spss-'));
    fs.writeFileSync(path.join(dir, 'export.zip'), Buffer.from(await response.arrayBuffer()));
    execFileSync('unzip', ['-q', 'export.zip'], { cwd: dir });
    const syntaxFile = 'enquete-2030-2031-antwoorden-20261201.sps';
    const syntax = fs.readFileSync(path.join(dir, syntaxFile), 'utf8');
    expect(syntax).toContain("/ENCODING='UTF8'");
    expect(syntax).toContain('MISSING VALUES FILTER MULTI_A MULTI_B MULTI_OTHER MULTI_NONE AANTAL (-1, -9).');
    expect(syntax).toContain('/MDGROUP NAME=$MULTI');
    fs.writeFileSync(path.join(dir, 'run.sps'), `${syntax}\nFREQUENCIES /VARIABLES=FILTER MULTI_A MULTI_B MULTI_OTHER MULTI_NONE.\n`);
    // PSPP exits non-zero on any error in the syntax.
    execFileSync('pspp', ['run.sps', '-o', 'out.csv'], { cwd: dir, stdio: 'pipe' });
    const tables = frequencies(fs.readFileSync(path.join(dir, 'out.csv'), 'utf8'));

    const results = await computeEditionResults({ db, edition, minimumGroupSize: 1 });
    const filter = results.questions.find((q) => q.code === 'FILTER')!;
    for (const option of filter.options) expect(tables.get('Werkt u samen?')?.get(option.label) ?? 0).toBe(option.count);
    const multi = results.questions.find((q) => q.code === 'MULTI')!;
    for (const option of multi.options) {
      const table = tables.get(`Welke knelpunten? - ${option.label}`)!;
      expect(table.get('gekozen') ?? 0, option.code).toBe(option.count);
      // The base: shown and answered; not shown and unanswered are missing, apart.
      expect((table.get('gekozen') ?? 0) + (table.get('niet gekozen') ?? 0)).toBe(multi.base.n);
      expect(table.get('niet gevraagd (routing)')).toBe(1);
      expect(table.get('gevraagd, niet beantwoord')).toBe(1);
    }
  });
});
