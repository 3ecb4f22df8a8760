import { z } from 'zod';
import { answersObjectSchema } from '@/lib/questionnaire/answer-schema';
import type { Definition, Question } from '@/lib/questionnaire/definition';
import { editionPhase } from '@/lib/editions/phase';
import { typeOf, type PublicFields } from '@/lib/questionnaire/types';
import type { InvitationContext, CurrentResponse } from './queries';

export const saveRequestSchema = z.object({
  answers: answersObjectSchema,
  submit: z.boolean().default(false),
  version: z.number().int().nonnegative().optional(),
});

/**
 * A question as API clients see it: every documented field always present
 * (null or false when it does not apply), so a client need not know which
 * fields the definition format leaves out. The result wording stays out.
 */
function publicQuestion(question: Question) {
  return {
    code: question.code,
    type: question.type,
    text: question.text,
    description: question.description ?? null,
    required: question.required,
    condition: question.condition ?? null,
    // Documented for every question; a multiple choice sets it.
    maxChoices: null,
    ...(typeOf(question).publicFields(question) as PublicFields),
  };
}

function publicQuestionnaire(definition: Definition) {
  return {
    pages: definition.pages.map((page) => ({ code: page.code, title: page.title, questions: page.questions.map(publicQuestion) })),
  };
}

/** The public shape of GET /api/v1/responses/{token}. */
export function responseDocument(context: InvitationContext, response: CurrentResponse) {
  const { edition, library } = context;
  return {
    edition: {
      code: edition.code,
      title: edition.title,
      // The phase, not the stored status: an edition past its closing moment is closed.
      status: editionPhase(edition),
      opensAt: edition.opensAt?.toISOString() ?? null,
      closesAt: edition.closesAt?.toISOString() ?? null,
    },
    library: { name: library.name, province: library.province },
    questionnaire: publicQuestionnaire(edition.definition),
    response,
  };
}
