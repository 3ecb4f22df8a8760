import type Database from 'better-sqlite3';
import type { Db } from '@/db/client';
import type { librarySizeClasses } from '@/db/schema';
import { MONITORED_FROM, STATUS_SQL, type MonitoringStatus } from './status';
import type { StatusCounts } from './figures';

export type SizeClass = (typeof librarySizeClasses)[number];

/** Counts per (province, size class) cell: the totals and every grouping are sums of these. */
export type CountCell = StatusCounts & { province: string; sizeClass: SizeClass | null };

export type MonitoredLibrary = {
  invitationId: number;
  libraryId: number;
  name: string;
  province: string;
  email: string;
  sizeClass: SizeClass | null;
  status: MonitoringStatus;
  /** The library's own last step: its last save or sending, else its first visit. */
  lastActivityAt: Date | null;
  /** The invitation mail, or when the link was made if none was mailed. */
  invitedAt: Date;
  linkCreatedAt: Date;
  invitationSentAt: Date | null;
  firstOpenedAt: Date | null;
  firstSavedAt: Date | null;
  submittedAt: Date | null;
  pendingChanges: boolean;
  remindersSent: number;
  lastRemindedAt: Date | null;
  /** The link is kept encrypted, so it can be shown again. */
  linkShowable: boolean;
};

export type LibraryFilters = { status?: MonitoringStatus; province?: string; name?: string };

type Statements = {
  cells: Database.Statement;
  list: Database.Statement;
  apiList: Database.Statement;
  matching: Database.Statement;
  daily: Database.Statement;
};

const FILTERS = `i.edition_id = :editionId
  and (:province isnull or l.province = :province)
  and (:name isnull or l.name like '%' || :name || '%' escape '\\')
  and (:status isnull or (${STATUS_SQL}) = :status)`;

/** Milliseconds since the epoch as "2026-10-30T18:27:43.240Z", as Date.toISOString() writes it; null stays null. Integer arithmetic, so no rounding. */
function isoText(ms: string): string {
  return `strftime('%Y-%m-%dT%H:%M:%S', (${ms}) / 1000, 'unixepoch') || printf('.%03dZ', (${ms}) % 1000)`;
}

// Prepared once per SQLite connection, like lib/responses/statements.ts.
const byConnection = new WeakMap<Database.Database, Statements>();

function statements(db: Db): Statements {
  let prepared = byConnection.get(db.$client);
  if (!prepared) {
    prepared = {
      // One grouped pass over the edition's invitations for every figure on the page.
      cells: db.$client.prepare(`
        with s as (select l.province, l.size_class, ${STATUS_SQL} as status from ${MONITORED_FROM} where i.edition_id = :editionId)
        select province, size_class as sizeClass, count(*) as invited,
               count(*) filter (where status = 'not_opened') as notOpened,
               count(*) filter (where status = 'opened') as opened,
               count(*) filter (where status = 'started') as started,
               count(*) filter (where status = 'submitted') as submitted
          from s group by province, size_class order by province, size_class`),
      // Bounded by :limit. The filters are repeated in `matching` rather than
      // counted by a window over the list: a window makes SQLite keep every
      // matching row, which costs more than counting twice.
      list: db.$client.prepare(`
        select i.id as invitationId, l.id as libraryId, l.name, l.province, l.email, l.size_class as sizeClass,
               ${STATUS_SQL} as status,
               coalesce(r.updated_at, i.first_opened_at) as lastActivityAt,
               coalesce(i.sent_at, i.created_at) as invitedAt, i.created_at as linkCreatedAt, i.sent_at as invitationSentAt,
               i.first_opened_at as firstOpenedAt, r.created_at as firstSavedAt, r.submitted_at as submittedAt,
               r.pending_answers notnull as pendingChanges,
               i.reminder_count as remindersSent, i.last_reminded_at as lastRemindedAt,
               i.token_encrypted notnull as linkShowable
          from ${MONITORED_FROM}
         where ${FILTERS}
         order by l.name collate nocase, l.id
         limit :limit offset :offset`),
      // The API's fields only, dates already ISO text: at tens of thousands of
      // rows every column and every JavaScript pass over them counts.
      apiList: db.$client.prepare(`
        select l.name, l.province, l.email, ${STATUS_SQL} as status,
               ${isoText('coalesce(r.updated_at, i.first_opened_at)')} as lastActivityAt,
               ${isoText('coalesce(i.sent_at, i.created_at)')} as invitedAt, i.reminder_count as remindersSent
          from ${MONITORED_FROM}
         where ${FILTERS}
         order by l.name collate nocase, l.id
         limit :limit`),
      matching: db.$client.prepare(`select count(*) from ${MONITORED_FROM} where ${FILTERS}`).pluck(),
      // Day 0 is the first 24 hours after :start. (A JS number is bound as a real, so the division is cast.)
      daily: db.$client.prepare(`
        select cast((r.submitted_at - :start) / 86400000 as integer) as day, count(*) as count
          from ${MONITORED_FROM}
         where i.edition_id = :editionId and r.status = 'submitted' and r.submitted_at notnull
         group by day order by day`),
    };
    byConnection.set(db.$client, prepared);
  }
  return prepared;
}

/*
 * The statements stay synchronous better-sqlite3 ones (they become the SQLite
 * dialect's later); the functions are async so their callers already await
 * the data layer, once per query.
 */

export async function countCells({ db, editionId }: { db: Db; editionId: number }): Promise<CountCell[]> {
  return statements(db).cells.all({ editionId }) as CountCell[];
}

type ListRow = Omit<
  MonitoredLibrary,
  | 'lastActivityAt'
  | 'invitedAt'
  | 'linkCreatedAt'
  | 'invitationSentAt'
  | 'firstOpenedAt'
  | 'firstSavedAt'
  | 'submittedAt'
  | 'lastRemindedAt'
  | 'pendingChanges'
  | 'linkShowable'
> & {
  lastActivityAt: number | null;
  invitedAt: number;
  linkCreatedAt: number;
  invitationSentAt: number | null;
  firstOpenedAt: number | null;
  firstSavedAt: number | null;
  submittedAt: number | null;
  lastRemindedAt: number | null;
  pendingChanges: number;
  linkShowable: number;
};

const date = (ms: number | null) => (ms === null ? null : new Date(ms));

function filterParameters(editionId: number, filters: LibraryFilters) {
  return {
    editionId,
    status: filters.status ?? null,
    province: filters.province ?? null,
    name: filters.name ? filters.name.replace(/[\\%_]/g, (c) => `\\${c}`) : null,
  };
}

export type ApiLibraryRow = {
  name: string;
  province: string;
  email: string;
  status: MonitoringStatus;
  lastActivityAt: string | null;
  invitedAt: string;
  remindersSent: number;
};

/** The libraries as the API lists them (by name, dates as ISO text), up to `limit`. */
export async function listLibrariesForApi({
  db,
  editionId,
  filters = {},
  limit,
}: {
  db: Db;
  editionId: number;
  filters?: LibraryFilters;
  limit: number;
}): Promise<ApiLibraryRow[]> {
  return statements(db).apiList.all({ ...filterParameters(editionId, filters), limit }) as ApiLibraryRow[];
}

/** `name` matches anywhere in the library's name, case-insensitively; % and _ are taken literally. */
export async function listLibraries({
  db,
  editionId,
  filters = {},
  limit,
  offset = 0,
  knownMatching,
}: {
  db: Db;
  editionId: number;
  filters?: LibraryFilters;
  limit: number;
  offset?: number;
  /** The filtered count when the caller has it already (from the grouped counts), saving a query. */
  knownMatching?: number;
}): Promise<{ libraries: MonitoredLibrary[]; matching: number }> {
  const prepared = statements(db);
  const parameters = filterParameters(editionId, filters);
  const rows = prepared.list.all({ ...parameters, limit, offset }) as ListRow[];
  // A short first page is the whole list: no need to count.
  const matching = knownMatching ?? (offset === 0 && rows.length < limit ? rows.length : (prepared.matching.get(parameters) as number));
  return {
    matching,
    libraries: rows.map((row) => ({
      ...row,
      lastActivityAt: date(row.lastActivityAt),
      invitedAt: new Date(row.invitedAt),
      linkCreatedAt: new Date(row.linkCreatedAt),
      invitationSentAt: date(row.invitationSentAt),
      firstOpenedAt: date(row.firstOpenedAt),
      firstSavedAt: date(row.firstSavedAt),
      submittedAt: date(row.submittedAt),
      lastRemindedAt: date(row.lastRemindedAt),
      pendingChanges: row.pendingChanges === 1,
      linkShowable: row.linkShowable === 1,
    })),
  };
}

/** Submissions per day of the collection period that starts at `start`: [day, count] with day 0 the first 24 hours. */
export async function dailySubmissions({
  db,
  editionId,
  start,
}: {
  db: Db;
  editionId: number;
  start: Date;
}): Promise<{ day: number; count: number }[]> {
  return statements(db).daily.all({ editionId, start: start.getTime() }) as { day: number; count: number }[];
}
