import { wholePercent } from '@/lib/figures/percent';

/** The headline counts of a set of invitations; `invited` is the sum of the four statuses. */
export type StatusCounts = { invited: number; notOpened: number; opened: number; started: number; submitted: number };
export type Figures = StatusCounts & { responseRate: number | null };

export const emptyCounts = (): StatusCounts => ({ invited: 0, notOpened: 0, opened: 0, started: 0, submitted: 0 });

export function addCounts(into: StatusCounts, counts: StatusCounts): StatusCounts {
  into.invited += counts.invited;
  into.notOpened += counts.notOpened;
  into.opened += counts.opened;
  into.started += counts.started;
  into.submitted += counts.submitted;
  return into;
}

/** Response rate = submitted / invited as a whole percent, rounded half up as the results are; null with nobody invited. */
export function withRate(counts: StatusCounts): Figures {
  return { ...counts, responseRate: wholePercent(counts.submitted, counts.invited) };
}
