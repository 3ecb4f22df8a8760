import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getEditionByCode } from '@/lib/editions/queries';
import { computeEditionResults } from '@/lib/results/aggregate';
import { exportFixture, OTHER_TEXT } from '@/tests/support/export-fixture';
import { exportDownload } from './download';
import { rString } from './r-script';

describe('R export', () => {
  it('writes string literals R reads in any locale', () => {
    expect(rString('a "b" \\ café\n')).toBe('"a \\"b\\" \\\\ caf\\U{e9}\\n"');
  });

  it('runs in Rscript: factors with the option labels, missing reasons kept, the counts of the results page', async () => {
    const { db, editionCode } = await exportFixture();
    const edition = getEditionByCode({ db, code: editionCode })!;
    const response = await exportDownload({
      db,
      edition,
      request: { format: 'r', labels: false, separator: 'comma', drafts: false, filters: {} },
      actor: { label: 'test' },
      now: new Date('2026-12-01T10:00:00Z'),
    });
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="enquete-2030-2031-antwoorden-20261201.zip"');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enquete-r-'));
    fs.writeFileSync(path.join(dir, 'export.zip'), Buffer.from(await response.arrayBuffer()));
    execFileSync('unzip', ['-q', 'export.zip'], { cwd: dir });
    const script = fs.readFileSync(path.join(dir, 'enquete-2030-2031-antwoorden-20261201.R'), 'utf8');
    const check = `${script}
line <- function(...) cat(..., "\\n", sep = "\\t")
for (v in c("FILTER")) { t <- table(data[[v]]); for (level in names(t)) line(v, level, t[[level]]) }
for (v in c("MULTI_A", "MULTI_B", "MULTI_OTHER", "MULTI_NONE")) {
  line(v, "1", sum(data[[v]] == 1, na.rm = TRUE))
  line(v, "base", sum(!is.na(data[[v]])))
  t <- table(missing_reason[[v]]); for (level in names(t)) line(v, level, t[[level]])
}
line("class", class(data$FILTER))
line("label", attr(data$FILTER, "label"))
line("other", utf8ToInt(data$MULTI_OTHER_TEXT[1]))
`;
    fs.writeFileSync(path.join(dir, 'run.R'), check);
    const output = execFileSync('Rscript', ['run.R'], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
    const lines = new Map(
      output
        .trim()
        .split('\n')
        .map((l) => {
          const parts = l.split('\t').filter((p) => p !== '');
          return [parts.slice(0, -1).join('|'), parts.at(-1)!];
        }),
    );

    const results = await computeEditionResults({ db, edition, minimumGroupSize: 1 });
    for (const option of results.questions.find((q) => q.code === 'FILTER')!.options)
      expect(lines.get(`FILTER|${option.label}`)).toBe(String(option.count));
    const multi = results.questions.find((q) => q.code === 'MULTI')!;
    for (const option of multi.options) {
      expect(lines.get(`MULTI_${option.code}|1`), option.code).toBe(String(option.count));
      expect(lines.get(`MULTI_${option.code}|base`)).toBe(String(multi.base.n));
      expect(lines.get(`MULTI_${option.code}|niet gevraagd (routing)`)).toBe('1');
      expect(lines.get(`MULTI_${option.code}|gevraagd, niet beantwoord`)).toBe('1');
    }
    expect(lines.get('class')).toBe('factor');
    expect(lines.get('label')).toBe('Werkt u samen?');
    // Accents survive; the line break becomes a space in the data file.
    const other = output
      .split('\n')
      .find((l) => l.startsWith('other'))!
      .split('\t')
      .slice(1)
      .filter(Boolean)
      .map(Number);
    expect(String.fromCodePoint(...other)).toBe(OTHER_TEXT.replace('\n', ' '));
  });
});
