import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getEditionByCode } from '@/lib/editions/queries';
import { exportFixture } from '@/tests/support/export-fixture';
import { exportDownload, exportFileName } from './download';
import { parseExportRequest, type ExportRequest } from './request';

const now = new Date('2026-12-01T10:00:00Z');

function request(query: string): ExportRequest {
  const parsed = parseExportRequest(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.request;
}

describe('export file names', () => {
  it('say the edition, what the file holds, the filter, drafts and the day', () => {
    expect(exportFileName('2022-2023', request('format=csv'), now)).toBe('enquete-2022-2023-antwoorden-20261201.csv');
    expect(exportFileName('2022-2023', request('format=xlsx&province=Noord-Holland&drafts=1'), now)).toBe(
      'enquete-2022-2023-antwoorden-noord-holland-met-concepten-20261201.xlsx',
    );
    expect(exportFileName('2022-2023', request('format=spss&sizeClass=small'), now)).toBe(
      'enquete-2022-2023-antwoorden-small-20261201.zip',
    );
    expect(exportFileName('2022-2023', request('format=results-csv&province=Fryslân'), now)).toBe(
      'enquete-2022-2023-resultaten-fryslan-20261201.csv',
    );
    // The figures never hold drafts, so their name does not say so.
    expect(exportFileName('2022-2023', request('format=results-xlsx&drafts=1'), now)).toBe('enquete-2022-2023-resultaten-20261201.xlsx');
    expect(exportFileName('2022-2023', request('format=codebook'), now)).toBe('enquete-2022-2023-codeboek-20261201.csv');
  });
});

describe('syntax file header', () => {
  it.each(['spss', 'r'])('%s: the first lines name the edition, the filters and the moment', async (format) => {
    const { db, editionCode } = await exportFixture();
    const edition = getEditionByCode({ db, code: editionCode })!;
    const response = await exportDownload({
      db,
      edition,
      request: request(`format=${format}&province=Utrecht&drafts=1`),
      actor: { label: 'test' },
      now,
    });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enquete-header-'));
    fs.writeFileSync(path.join(dir, 'export.zip'), Buffer.from(await response.arrayBuffer()));
    execFileSync('unzip', ['-q', 'export.zip'], { cwd: dir });
    const name = `enquete-2030-2031-antwoorden-utrecht-met-concepten-20261201.${format === 'spss' ? 'sps' : 'R'}`;
    const head = fs.readFileSync(path.join(dir, name), 'utf8').split('\n').slice(0, 3).join('\n');
    expect(head).toContain('2030-2031 Export 2030-2031');
    expect(head).toContain('province=Utrecht, drafts=1');
    expect(head).toContain('2026-12-01T10:00:00.000Z');
  });
});
