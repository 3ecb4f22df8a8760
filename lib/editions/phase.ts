import type { editions } from '@/db/schema';

type EditionMoments = Pick<typeof editions.$inferSelect, 'status' | 'opensAt' | 'closesAt'>;

/**
 * Where an edition stands at a moment: `draft` (concept, being prepared),
 * `scheduled` (opened by an admin, opening moment still ahead), `open`
 * (libraries can answer) or `closed`.
 *
 * The stored status records only what an admin decided (opened, closed
 * early); the moments decide the rest when asked. So an edition closes at
 * its closing moment by itself, without a job that could be late or not run,
 * and moving the closing moment later reopens it. The overview, the
 * respondent pages, saves and results all ask this function.
 */
export type EditionPhase = 'draft' | 'scheduled' | 'open' | 'closed';

export function editionPhase(edition: EditionMoments, now = new Date()): EditionPhase {
  if (edition.status === 'draft') return 'draft';
  if (edition.status === 'closed') return 'closed';
  if (edition.closesAt && edition.closesAt.getTime() <= now.getTime()) return 'closed';
  if (edition.opensAt && edition.opensAt.getTime() > now.getTime()) return 'scheduled';
  return 'open';
}

/** Libraries can answer: the phase is `open`. */
export function isEditionOpen(edition: EditionMoments, now = new Date()): boolean {
  return editionPhase(edition, now) === 'open';
}
