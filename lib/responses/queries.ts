import type { Db } from '@/db/client';
import { toEdition, type Edition } from '@/lib/editions/queries';
import { hashInvitationToken, looksLikeToken } from '@/lib/invitations/token';
import type { Answers } from '@/lib/questionnaire/visibility';
import { rowsToAnswers } from './answer-rows';
import { responseStatements } from './statements';

export type ResponseStatus = 'not_started' | 'draft' | 'submitted';

export type CurrentResponse = {
  status: ResponseStatus;
  /** 0 before the first save; sent back with a save to detect a concurrent edit. */
  version: number;
  answers: Answers;
  updatedAt: string | null;
  submittedAt: string | null;
};

export type InvitationContext = {
  invitationId: number;
  edition: Edition;
  library: { id: number; name: string; province: string };
};

export function findInvitationByToken({ db, token }: { db: Db; token: string }): InvitationContext | undefined {
  if (!looksLikeToken(token)) return undefined;
  const row = responseStatements(db).invitationByTokenHash.get({ tokenHash: hashInvitationToken(token) });
  if (!row) return undefined;
  return { invitationId: row.invitationId, edition: toEdition(row.edition), library: row.library };
}

export function getCurrentResponse({
  db,
  edition,
  libraryId,
}: {
  db: Db;
  edition: Edition;
  libraryId: number;
}): CurrentResponse {
  const statements = responseStatements(db);
  const response = statements.response.get({ editionId: edition.id, libraryId });
  if (!response) return { status: 'not_started', version: 0, answers: {}, updatedAt: null, submittedAt: null };
  const rows = statements.answerRows.all({ responseId: response.id });
  return {
    status: response.status,
    version: response.version,
    answers: rowsToAnswers(edition.definition, rows),
    updatedAt: response.updatedAt.toISOString(),
    submittedAt: response.submittedAt?.toISOString() ?? null,
  };
}
