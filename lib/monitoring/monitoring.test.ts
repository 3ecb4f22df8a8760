import { parse } from 'csv-parse/sync';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { getEditionByCode, type Edition } from '@/lib/editions/queries';
import { createTestDb } from '@/tests/support/db';
import { addMonitoredLibrary } from '@/tests/support/monitoring';
import { monitoringDocument } from './api';
import { renderResponseCurveSvg } from './chart';
import { monitoringCsv } from './csv';
import { collectionCurve } from './curve';
import { monitoringOverview, monitoringPage } from './overview';
import { parseMonitoringParams } from './params';
import { listLibraries, type LibraryFilters } from './queries';

const DAY = 86_400_000;
let db: Db;
let edition: Edition;
let now: Date;

/**
 * One library in every state (two submitted, one of them with changes saved
 * after sending), spread over two provinces and the size classes, plus a
 * deactivated library that had submitted and is left out of every figure.
 */
beforeEach(async () => {
  db = await createTestDb();
  edition = getEditionByCode({ db, code: '2022-2023' })!;
  const start = edition.opensAt!;
  now = new Date(start.getTime() + 10 * DAY);
  const day = (d: number) => new Date(start.getTime() + d * DAY + 3_600_000);
  const common = { editionId: edition.id, invitedAt: day(0) };
  addMonitoredLibrary(db, {
    ...common,
    name: 'Bibliotheek Amersfoort',
    province: 'Utrecht',
    sizeClass: 'large',
    state: 'not_opened',
    reminders: 2,
  });
  addMonitoredLibrary(db, { ...common, name: 'Bibliotheek Baarn', province: 'Utrecht', sizeClass: 'small', state: 'opened', at: day(1) });
  addMonitoredLibrary(db, {
    ...common,
    name: 'Bibliotheek Culemborg',
    province: 'Gelderland',
    sizeClass: 'medium',
    state: 'started',
    at: day(2),
  });
  addMonitoredLibrary(db, {
    ...common,
    name: 'Bibliotheek Doorn',
    province: 'Utrecht',
    sizeClass: 'small',
    state: 'submitted',
    at: day(2),
  });
  addMonitoredLibrary(db, {
    ...common,
    name: 'Bibliotheek Ede',
    province: 'Gelderland',
    sizeClass: null,
    state: 'submitted_pending',
    at: day(5),
  });
  addMonitoredLibrary(db, {
    ...common,
    name: 'Bibliotheek Weg',
    province: 'Gelderland',
    sizeClass: 'large',
    state: 'submitted',
    at: day(1),
    deactivated: true,
  });
});

describe('monitoring figures', () => {
  it('counts every state once, with invited as their sum and the rate rounded half up', async () => {
    const overview = await monitoringOverview({ db, edition, now });
    expect(overview.totals).toEqual({ invited: 5, notOpened: 1, opened: 1, started: 1, submitted: 2, responseRate: 40 });
    // The seeded edition is open for 90 days; ten have passed.
    expect(overview.daysLeft).toBe(80);
  });

  it('gives the same figures per province and per size class', async () => {
    const overview = await monitoringOverview({ db, edition, now });
    expect(overview.byProvince).toEqual([
      { key: 'Gelderland', invited: 2, notOpened: 0, opened: 0, started: 1, submitted: 1, responseRate: 50 },
      { key: 'Utrecht', invited: 3, notOpened: 1, opened: 1, started: 0, submitted: 1, responseRate: 33 },
    ]);
    expect(overview.bySizeClass.map((g) => [g.key, g.invited, g.submitted, g.responseRate])).toEqual([
      ['small', 2, 1, 50],
      ['medium', 1, 0, 0],
      ['large', 1, 0, 0],
      [null, 1, 1, 100],
    ]);
  });

  it('sorts the groups by the chosen column', async () => {
    const byRate = await monitoringOverview({ db, edition, now, groupSort: { key: 'responseRate', direction: 'desc' } });
    expect(byRate.bySizeClass.map((g) => g.key)).toEqual([null, 'small', 'medium', 'large']);
    const byInvited = await monitoringOverview({ db, edition, now, groupSort: { key: 'invited', direction: 'asc' } });
    expect(byInvited.byProvince.map((g) => g.key)).toEqual(['Gelderland', 'Utrecht']);
  });

  it('has no days left once the edition is closed', async () => {
    expect((await monitoringOverview({ db, edition, now: new Date(edition.closesAt!.getTime() + 1) })).daysLeft).toBeNull();
  });
});

describe('the library list', () => {
  it('gives each library its status, last activity, invitation and reminders; deactivated ones are left out', async () => {
    const { libraries, matching } = await listLibraries({ db, editionId: edition.id, limit: 50 });
    expect(matching).toBe(5);
    expect(libraries.map((l) => [l.name, l.status, l.remindersSent, l.pendingChanges])).toEqual([
      ['Bibliotheek Amersfoort', 'not_opened', 2, false],
      ['Bibliotheek Baarn', 'opened', 0, false],
      ['Bibliotheek Culemborg', 'started', 0, false],
      ['Bibliotheek Doorn', 'submitted', 0, false],
      ['Bibliotheek Ede', 'submitted', 0, true],
    ]);
    const start = edition.opensAt!.getTime() + 3_600_000;
    expect(libraries.map((l) => l.lastActivityAt && (l.lastActivityAt.getTime() - start) / DAY)).toEqual([null, 1, 2, 2, 5]);
    expect(libraries.every((l) => l.invitedAt.getTime() === start)).toBe(true);
  });

  it('filters by status, province and name, and pages', async () => {
    const names = (filters: Parameters<typeof listLibraries>[0]['filters'], limit = 50, offset = 0) =>
      listLibraries({ db, editionId: edition.id, filters, limit, offset });
    expect((await names({ status: 'submitted' })).libraries.map((l) => l.name)).toEqual(['Bibliotheek Doorn', 'Bibliotheek Ede']);
    expect((await names({ province: 'Gelderland' })).libraries.map((l) => l.name)).toEqual(['Bibliotheek Culemborg', 'Bibliotheek Ede']);
    expect((await names({ name: 'BAARN' })).libraries.map((l) => l.name)).toEqual(['Bibliotheek Baarn']);
    expect((await names({ name: '%' })).matching).toBe(0);
    const second = await names({}, 2, 2);
    expect([second.matching, second.libraries.map((l) => l.name)]).toEqual([5, ['Bibliotheek Culemborg', 'Bibliotheek Doorn']]);
    expect(await names({}, 2, 10)).toEqual({ matching: 5, libraries: [] });
  });

  it('counts the matching libraries on the page for every filter', async () => {
    const matching = async (filters: LibraryFilters) =>
      (await monitoringPage({ db, code: edition.code, filters, limit: 1, offset: 0, groupSort: { key: 'name', direction: 'asc' }, now }))!
        .matching;
    expect(
      await Promise.all([
        matching({}),
        matching({ status: 'submitted' }),
        matching({ province: 'Gelderland', status: 'started' }),
        matching({ name: 'bibliotheek' }),
        matching({ name: 'baa' }),
      ]),
    ).toEqual([5, 2, 1, 5, 1]);
  });

  it('reads its state from the URL, falling back to defaults for anything unknown', () => {
    const params = parseMonitoringParams(
      new URLSearchParams('status=opened&province=Utrecht&q=%20baa%20&size=all&page=3&sort=responseRate'),
    );
    expect(params).toMatchObject({
      filters: { status: 'opened', province: 'Utrecht', name: 'baa' },
      size: 'all',
      page: 1,
      limit: 5000,
      groupSort: { key: 'responseRate', direction: 'desc' },
    });
    expect(parseMonitoringParams(new URLSearchParams(`status=weird&size=7&page=-1&q=${'x'.repeat(101)}`))).toMatchObject({
      filters: { status: undefined, name: undefined },
      size: '50',
      page: 1,
      limit: 50,
    });
  });

  it('downloads as a Dutch-Excel CSV with formulas escaped', async () => {
    addMonitoredLibrary(db, { editionId: edition.id, name: '=HYPERLINK("x")', state: 'not_opened', invitedAt: edition.opensAt! });
    const csv = monitoringCsv((await listLibraries({ db, editionId: edition.id, filters: { status: 'not_opened' }, limit: 50 })).libraries);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse(csv.slice(1), { delimiter: ';' }) as string[][];
    expect(rows[0]).toEqual([
      'naam',
      'provincie',
      'e-mailadres',
      'grootteklasse',
      'status',
      'laatste activiteit',
      'uitgenodigd',
      'herinneringen',
      'laatste herinnering',
    ]);
    expect(rows.slice(1).map((r) => [r[0], r[2], r[3], r[4], r[7]])).toEqual([
      ['\'=HYPERLINK("x")', "'-hyperlink-x-@example.org", '', 'Niet geopend', '0'],
      ['Bibliotheek Amersfoort', 'bibliotheek-amersfoort@example.org', 'groot', 'Niet geopend', '2'],
    ]);
  });
});

describe('the API document', () => {
  it('has exactly the documented shape, with invited the sum of the four statuses', async () => {
    const document = (await monitoringDocument({ db, code: edition.code }))!;
    expect(Object.keys(document).sort()).toEqual(['byProvince', 'edition', 'libraries', 'totals']);
    expect(document.totals).toEqual({ invited: 5, notOpened: 1, opened: 1, started: 1, submitted: 2, responseRate: 40 });
    expect(document.byProvince[1]).toEqual({
      province: 'Utrecht',
      invited: 3,
      notOpened: 1,
      opened: 1,
      started: 0,
      submitted: 1,
      responseRate: 33,
    });
    for (const group of [document.totals, ...document.byProvince]) {
      expect(group.invited).toBe(group.notOpened + group.opened + group.started + group.submitted);
    }
    expect(document.libraries[0]).toEqual({
      name: 'Bibliotheek Amersfoort',
      province: 'Utrecht',
      email: 'bibliotheek-amersfoort@example.org',
      status: 'not_opened',
      lastActivityAt: null,
      invitedAt: new Date(edition.opensAt!.getTime() + 3_600_000).toISOString(),
      remindersSent: 2,
    });
    expect(await monitoringDocument({ db, code: 'nope' })).toBeUndefined();
  });
});

describe('the response curve', () => {
  it('adds up submissions per day of the collection period, up to today', async () => {
    const curve = await collectionCurve({ db, edition, now });
    expect(curve.points).toEqual([0, 0, 1, 1, 1, 2, 2, 2, 2, 2]);
  });

  it('draws both editions and marks the given moments', async () => {
    const page = (await monitoringPage({
      db,
      code: edition.code,
      filters: {},
      limit: 50,
      offset: 0,
      groupSort: { key: 'name', direction: 'asc' },
      now,
    }))!;
    expect(page.curves.previous?.code).toBe('2021-2022');
    const svg = renderResponseCurveSvg({
      id: 'curve',
      ...page.curves,
      markers: [
        { at: new Date(edition.opensAt!.getTime() + 2 * DAY), label: 'Uitnodiging' },
        { at: new Date(edition.opensAt!.getTime() - 2 * DAY), label: 'Te vroeg' },
      ],
    });
    expect(svg).toContain('Verstuurd: 2 na dag 10 van de inzamelperiode.');
    expect(svg).toContain('Vorig jaar (2021-2022) op dezelfde dag: 0.');
    expect(svg.match(/data-marker=/g)).toHaveLength(1);
    expect(svg).toContain('>Uitnodiging</text>');
  });
});
