import type { Db } from '@/db/client';
import { invitations, libraries, responses } from '@/db/schema';

export type TestLibraryState = 'not_opened' | 'opened' | 'started' | 'submitted' | 'submitted_pending';

let counter = 0;

/**
 * A library invited for an edition and brought to a state by writing the rows
 * a real visit, save or sending leaves behind, at the given moments.
 */
export function addMonitoredLibrary(
  db: Db,
  {
    editionId,
    name,
    province = 'Utrecht',
    sizeClass = null,
    state,
    invitedAt,
    at,
    deactivated = false,
    reminders = 0,
  }: {
    editionId: number;
    name: string;
    province?: string;
    sizeClass?: 'small' | 'medium' | 'large' | null;
    state: TestLibraryState;
    invitedAt: Date;
    /** The moment of the library's last step (visit, save or sending). */
    at?: Date;
    deactivated?: boolean;
    reminders?: number;
  },
): number {
  const libraryId = db
    .insert(libraries)
    .values({
      name,
      province,
      sizeClass,
      email: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}@example.org`,
      deactivatedAt: deactivated ? invitedAt : null,
    })
    .returning({ id: libraries.id })
    .get().id;
  const step = at ?? invitedAt;
  db.insert(invitations)
    .values({
      editionId,
      libraryId,
      tokenHash: `test-hash-${++counter}-${libraryId}`,
      createdAt: invitedAt,
      firstOpenedAt: state === 'not_opened' ? null : step,
      reminderCount: reminders,
      lastRemindedAt: reminders > 0 ? invitedAt : null,
    })
    .run();
  if (state === 'started' || state === 'submitted' || state === 'submitted_pending') {
    const submitted = state !== 'started';
    db.insert(responses)
      .values({
        editionId,
        libraryId,
        status: submitted ? 'submitted' : 'draft',
        createdAt: step,
        updatedAt: step,
        submittedAt: submitted ? step : null,
        pendingAnswers: state === 'submitted_pending' ? { TEVREDEN: 'JA' } : null,
      })
      .run();
  }
  return libraryId;
}
