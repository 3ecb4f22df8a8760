import type { Answers } from '@/lib/questionnaire/visibility';
import type { CurrentResponse } from '@/lib/responses/queries';

function sameAnswers(a: Answers, b: Answers): boolean {
  return (
    JSON.stringify(Object.entries(a).sort(([x], [y]) => x.localeCompare(y))) ===
    JSON.stringify(Object.entries(b).sort(([x], [y]) => x.localeCompare(y)))
  );
}

/**
 * The reply a preview gets instead of a save: nothing is sent or stored, and
 * the response changes as the server would change it for valid answers
 * (lib/responses/save.ts): a draft, a submission, then changes kept apart
 * from the submitted answers until sent again. The form has already checked
 * the answers with the server's schema, so the preview goes through the
 * same steps a library does.
 */
export function answerInPreview(current: CurrentResponse, body: { answers: Answers; submit: boolean }, now = new Date()): CurrentResponse {
  const at = now.toISOString();
  const base = { version: current.version + 1, updatedAt: at };
  if (body.submit) {
    return {
      ...base,
      status: 'submitted',
      answers: body.answers,
      pendingChanges: false,
      submittedAnswers: body.answers,
      submittedAt: at,
      reference: null,
    };
  }
  if (current.status === 'submitted' && current.submittedAnswers) {
    const pendingChanges = !sameAnswers(body.answers, current.submittedAnswers);
    return { ...current, ...base, answers: pendingChanges ? body.answers : current.submittedAnswers, pendingChanges };
  }
  return { ...current, ...base, status: 'draft', answers: body.answers };
}
