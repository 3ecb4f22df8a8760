import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { answers, editions, invitations, libraries, responses } from '@/db/schema';
import { toEdition, type Edition } from '@/lib/editions/queries';
import { hashInvitationToken, looksLikeToken } from '@/lib/invitations/token';
import type { Answers } from '@/lib/questionnaire/visibility';
import { rowsToAnswers } from './answer-rows';

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
  const row = db
    .select({ invitation: invitations, edition: editions, library: libraries })
    .from(invitations)
    .innerJoin(editions, eq(editions.id, invitations.editionId))
    .innerJoin(libraries, eq(libraries.id, invitations.libraryId))
    .where(eq(invitations.tokenHash, hashInvitationToken(token)))
    .get();
  if (!row) return undefined;
  return {
    invitationId: row.invitation.id,
    edition: toEdition(row.edition),
    library: { id: row.library.id, name: row.library.name, province: row.library.province },
  };
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
  const response = db
    .select()
    .from(responses)
    .where(and(eq(responses.editionId, edition.id), eq(responses.libraryId, libraryId)))
    .get();
  if (!response) return { status: 'not_started', version: 0, answers: {}, updatedAt: null, submittedAt: null };
  const rows = db
    .select({
      questionCode: answers.questionCode,
      optionCode: answers.optionCode,
      numberValue: answers.numberValue,
      textValue: answers.textValue,
    })
    .from(answers)
    .where(eq(answers.responseId, response.id))
    .orderBy(answers.id)
    .all();
  return {
    status: response.status,
    version: response.version,
    answers: rowsToAnswers(edition.definition, rows),
    updatedAt: response.updatedAt.toISOString(),
    submittedAt: response.submittedAt?.toISOString() ?? null,
  };
}
