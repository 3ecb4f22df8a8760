import { z } from 'zod';
import { code, type conditionSchema } from './types/base';
import type { Option } from './types/choice';
import { typeOf } from './types/index';
import { multipleChoiceSchema, type MultipleChoiceQuestion } from './types/multiple';
import { numberQuestionSchema } from './types/number';
import { singleChoiceSchema, type SingleChoiceQuestion } from './types/single';
import { textQuestionSchema } from './types/text';

/**
 * The questionnaire definition format. Everything the application shows or
 * checks about a question is derived from a value of this shape, so a new
 * question is a data change, never a page change.
 */

export { conditionSchema } from './types/base';
export { optionSchema, otherTextKey, OTHER_TEXT_MAX_LENGTH } from './types/choice';
export { singleChoiceSchema } from './types/single';
export { multipleChoiceSchema } from './types/multiple';
export { numberQuestionSchema } from './types/number';
export { textQuestionSchema } from './types/text';

/** One member per question type; each type's module (lib/questionnaire/types/) owns its schema. */
export const questionSchema = z.discriminatedUnion('type', [
  singleChoiceSchema,
  multipleChoiceSchema,
  numberQuestionSchema,
  textQuestionSchema,
]);

export const pageSchema = z
  .object({ code, title: z.string().min(1), questions: z.array(questionSchema).min(1) })
  .strict();

export const definitionSchema = z
  .object({
    edition: code.or(z.string().regex(/^\d{4}-\d{4}$/)),
    title: z.string().min(1),
    previousEdition: z.string().regex(/^\d{4}-\d{4}$/).optional(),
    pages: z.array(pageSchema).min(1),
  })
  .strict()
  .superRefine((def, ctx) => {
    const seen = new Map<string, Question>();
    def.pages.forEach((page, p) =>
      page.questions.forEach((question, q) => {
        const issue = (path: (string | number)[], message: string) =>
          ctx.addIssue({ code: 'custom', path: ['pages', p, 'questions', q, ...path], message });
        if (seen.has(question.code)) issue(['code'], `duplicate question code ${question.code}`);
        for (const problem of typeOf(question).checkDefinition(question, seen)) issue(problem.path, problem.message);
        if (question.condition) {
          // Conditions may only look back: the form is filled in order, and
          // visibility can then be computed in a single pass.
          const target = seen.get(question.condition.question);
          const choice = target && typeOf(target).choice;
          if (!target) {
            issue(['condition'], `condition of ${question.code} refers to unknown or later question ${question.condition.question}`);
          } else if (!choice) {
            issue(['condition'], `condition of ${question.code} must refer to a choice question`);
          } else {
            const known = new Set(choice.options(target).map((o) => o.code));
            for (const option of question.condition.anyOf) {
              if (!known.has(option)) issue(['condition'], `condition of ${question.code} refers to unknown option ${option} of ${target.code}`);
            }
          }
        }
        seen.set(question.code, question);
      }),
    );
  });

export type Condition = z.infer<typeof conditionSchema>;
export type { Option };
export type Question = z.infer<typeof questionSchema>;
export type ChoiceQuestion = SingleChoiceQuestion | MultipleChoiceQuestion;
export type Page = z.infer<typeof pageSchema>;
export type Definition = z.infer<typeof definitionSchema>;
/** What definition files contain before defaults are applied. */
export type DefinitionInput = z.input<typeof definitionSchema>;

export class DefinitionError extends Error {}

/** Parses and checks a definition; throws a readable error listing every problem. */
export function parseDefinition(input: unknown): Definition {
  const parsed = definitionSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `- ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new DefinitionError(`Invalid questionnaire definition:\n${problems}`);
  }
  return parsed.data;
}

export function listQuestions(def: Definition): Question[] {
  return def.pages.flatMap((page) => page.questions);
}

export function findQuestion(def: Definition, questionCode: string): Question | undefined {
  return listQuestions(def).find((q) => q.code === questionCode);
}

/** Whether the respondent picks from options (only such a question can be a condition's source). */
export function isChoiceQuestion(question: Question): question is ChoiceQuestion {
  return typeOf(question).choice !== undefined;
}
