import type { Db } from '@/db/client';
import { storedEdition, type Edition } from '@/lib/editions/queries';
import { hashInvitationToken, looksLikeToken } from '@/lib/invitations/token';
import type { Answers } from '@/lib/questionnaire/visibility';
import { rowsToAnswers } from './answer-rows';
import { submissionReference } from '@/lib/figures/submission-reference';
import { responseStatements } from './statements';

type ResponseStatus = 'not_started' | 'draft' | 'submitted';

export type CurrentResponse = {
  /** `submitted` from the first submission on: from then the submitted answers count in the results. */
  status: ResponseStatus;
  /** 0 before the first save; sent back with a save to detect a concurrent edit. */
  version: number;
  /** The working answers, which the form shows: changes not yet sent when there are, else the stored answers. */
  answers: Answers;
  /** Submitted, with changes saved after that which are not sent yet (they do not count until sent). */
  pendingChanges: boolean;
  /** The answers that count (status `submitted`), else null. */
  submittedAnswers: Answers | null;
  updatedAt: string | null;
  submittedAt: string | null;
  /** The reference of the last sending (lib/figures/submission-reference.ts), which the confirmation and the receipt show; null before it. */
  reference: string | null;
};

/** One shape for a response read from the database and one just written (lib/responses/save.ts). */
export function toCurrentResponse({
  id,
  status,
  version,
  storedAnswers,
  pendingAnswers,
  updatedAt,
  submittedAt,
}: {
  id: number;
  status: 'draft' | 'submitted';
  version: number;
  /** The answer rows: the submitted version, or a draft's working copy. */
  storedAnswers: Answers;
  pendingAnswers: Answers | null;
  updatedAt: Date;
  submittedAt: Date | null;
}): CurrentResponse {
  return {
    status,
    version,
    answers: pendingAnswers ?? storedAnswers,
    pendingChanges: pendingAnswers !== null,
    submittedAnswers: status === 'submitted' ? storedAnswers : null,
    updatedAt: updatedAt.toISOString(),
    submittedAt: submittedAt?.toISOString() ?? null,
    reference: submittedAt ? submissionReference(id, submittedAt) : null,
  };
}

export type InvitationContext = {
  invitationId: number;
  edition: Edition;
  library: { id: number; name: string; province: string };
};

export function findInvitationByToken({ db, token }: { db: Db; token: string }): InvitationContext | undefined {
  if (!looksLikeToken(token)) return undefined;
  const row = responseStatements(db).invitationByTokenHash(hashInvitationToken(token));
  if (!row) return undefined;
  return { invitationId: row.invitationId, edition: storedEdition(row.edition), library: row.library };
}

/** A library's response before its first save: a fresh object, as callers may build on it. */
export function notStartedResponse(): CurrentResponse {
  return {
    status: 'not_started',
    version: 0,
    answers: {},
    pendingChanges: false,
    submittedAnswers: null,
    updatedAt: null,
    submittedAt: null,
    reference: null,
  };
}

export function getCurrentResponse({ db, edition, libraryId }: { db: Db; edition: Edition; libraryId: number }): CurrentResponse {
  const statements = responseStatements(db);
  const response = statements.response.get({ editionId: edition.id, libraryId });
  if (!response) {
    return notStartedResponse();
  }
  const rows = statements.answerRows.all({ responseId: response.id });
  return toCurrentResponse({
    id: response.id,
    status: response.status,
    version: response.version,
    storedAnswers: rowsToAnswers(edition.definition, rows),
    pendingAnswers: response.pendingAnswers,
    updatedAt: response.updatedAt,
    submittedAt: response.submittedAt,
  });
}
