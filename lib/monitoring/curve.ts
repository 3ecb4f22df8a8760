import type { Db } from '@/db/client';
import type { Edition } from '@/lib/editions/queries';
import { dailySubmissions } from './queries';

const DAY_MS = 86_400_000;

/**
 * Cumulative submissions by day of an edition's collection period: point d is
 * the count sent in by the end of day d (day 1 the first 24 hours after the
 * opening moment). A response sent again counts on the day of its last
 * sending. Drawn up to today for a running edition, to the closing moment
 * for a closed one.
 */
export type Curve = { start: Date; days: number; shownDays: number; points: number[] };

export async function collectionCurve({
  db,
  edition,
  now,
}: {
  db: Db;
  edition: Pick<Edition, 'id' | 'opensAt' | 'closesAt' | 'createdAt'>;
  now: Date;
}): Promise<Curve> {
  const start = edition.opensAt ?? edition.createdAt;
  const end = edition.closesAt ?? now;
  const days = Math.max(1, Math.ceil((end.getTime() - start.getTime()) / DAY_MS));
  const shownDays = Math.min(days, Math.max(0, Math.ceil((Math.min(now.getTime(), end.getTime()) - start.getTime()) / DAY_MS)));
  const perDay = new Array<number>(days).fill(0);
  for (const { day, count } of await dailySubmissions({ db, editionId: edition.id, start })) {
    perDay[Math.min(days - 1, Math.max(0, day))] += count;
  }
  const points: number[] = [];
  let sum = 0;
  for (let d = 0; d < shownDays; d++) points.push((sum += perDay[d]));
  return { start, days, shownDays, points };
}
