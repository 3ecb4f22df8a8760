import { resultsOf } from '@/lib/questionnaire/types/results-of';
import type { EditionResults } from './aggregate';

/**
 * The public shape of GET /api/v1/editions/{code}/results (documented in
 * docs/api.md). A suppressed group carries its response counts and why it is
 * suppressed, and no question at all: no base, count, percentage or number.
 */
export function resultsDocument(results: EditionResults) {
  return {
    edition: results.edition,
    previousEdition: results.previousEdition,
    filters: results.filters,
    submitted: results.submitted,
    inProgress: results.inProgress,
    minimumGroupSize: results.minimumGroupSize,
    suppressed: results.suppressed !== null,
    ...(results.suppressed ? { suppressionReason: results.suppressed } : {}),
    previousSuppressed: results.previousSuppressed !== null,
    questions: results.questions.map((q) => ({
      code: q.code,
      text: q.text,
      type: q.type,
      base: q.base,
      ...resultsOf(q).resultFields(q),
    })),
  };
}
