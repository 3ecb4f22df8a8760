import { z } from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { code, type conditionSchema } from './types/base';
import type { Option } from './types/choice/type';
import { typeOf } from './types/index';
import type { MultipleChoiceQuestion } from './types/multiple/type';
import { questionSchemas } from './types/registry/modules';
import { startPageSchema } from './start-page';
import type { SingleChoiceQuestion } from './types/single/type';

/**
 * The questionnaire definition format. Everything the application shows or
 * checks about a question is derived from a value of this shape, so a new
 * question is a data change, never a page change.
 */

export { otherTextKey, OTHER_TEXT_MAX_LENGTH } from './types/choice/type';

/** One member per question type; each type's module (lib/questionnaire/types/) owns its schema. */
export const questionSchema = z.discriminatedUnion('type', questionSchemas);

const pageSchema = z.strictObject({
  code,
  title: z.string().check(z.minLength(1)),
  questions: z.array(questionSchema).check(z.minLength(1)),
});

export const definitionSchema = z
  .strictObject({
    edition: z.union([code, z.string().check(z.regex(/^\d{4}-\d{4}$/))]),
    title: z.string().check(z.minLength(1)),
    startPage: z.optional(startPageSchema),
    previousEdition: z.optional(z.string().check(z.regex(/^\d{4}-\d{4}$/))),
    pages: z.array(pageSchema).check(z.minLength(1)),
  })
  .check(
    z.superRefine((def, ctx) => {
      // Each issue names its problem and values in `params`, so that
      // definition-problems.ts can say it in Dutch at the field; the English
      // message is for developers reading a loader error.
      const problem = (path: (string | number)[], message: string, params: Record<string, string | number>) =>
        ctx.addIssue({ code: 'custom', path, message, params });
      const allCodes = new Set(def.pages.flatMap((page) => page.questions.map((q) => q.code)));
      const pageCodes = new Set<string>();
      def.pages.forEach((page, p) => {
        if (pageCodes.has(page.code))
          problem(['pages', p, 'code'], `duplicate page code ${page.code}`, { problem: 'duplicatePageCode', code: page.code });
        pageCodes.add(page.code);
      });
      const seen = new Map<string, Question>();
      def.pages.forEach((page, p) =>
        page.questions.forEach((question, q) => {
          const path = ['pages', p, 'questions', q];
          if (seen.has(question.code)) {
            problem([...path, 'code'], `duplicate question code ${question.code}`, {
              problem: 'duplicateQuestionCode',
              code: question.code,
            });
          }
          for (const issue of typeOf(question).checkDefinition(question, seen))
            problem([...path, ...issue.path], issue.message, issue.params);
          if (question.condition) {
            // Conditions may only look back: the form is filled in order, and
            // visibility can then be computed in a single pass.
            const targetCode = question.condition.question;
            const target = seen.get(targetCode);
            const choice = target && typeOf(target).choice;
            if (!target) {
              const kind =
                targetCode === question.code ? 'conditionSelf' : allCodes.has(targetCode) ? 'conditionLater' : 'conditionUnknown';
              problem(
                [...path, 'condition', 'question'],
                `condition of ${question.code} refers to unknown or later question ${targetCode}`,
                {
                  problem: kind,
                  question: targetCode,
                },
              );
            } else if (!choice) {
              problem([...path, 'condition', 'question'], `condition of ${question.code} must refer to a choice question`, {
                problem: 'conditionNotChoice',
                question: targetCode,
              });
            } else {
              const known = new Set(choice.options(target).map((o) => o.code));
              question.condition.anyOf.forEach((option, a) => {
                if (!known.has(option)) {
                  problem(
                    [...path, 'condition', 'anyOf', a],
                    `condition of ${question.code} refers to unknown option ${option} of ${target.code}`,
                    {
                      problem: 'conditionUnknownOption',
                      question: target.code,
                      option,
                    },
                  );
                }
              });
            }
          }
          seen.set(question.code, question);
        }),
      );
    }),
  );

export type Condition = z.infer<typeof conditionSchema>;
export type { Option };
export type Question = z.infer<typeof questionSchema>;
export type ChoiceQuestion = SingleChoiceQuestion | MultipleChoiceQuestion;
export type Page = z.infer<typeof pageSchema>;
export type Definition = z.infer<typeof definitionSchema>;
/** What definition files contain before defaults are applied. */
export type DefinitionInput = z.input<typeof definitionSchema>;

class DefinitionError extends Error {}

/** Parses and checks a definition; throws a readable error listing every problem. */
export function parseDefinition(input: unknown): Definition {
  // zod/mini has no default locale: the loader's English messages, as the full build words them.
  const parsed = definitionSchema.safeParse(input, { error: en().localeError });
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

/** Whether the respondent picks from options (only such a question can be a condition's source): a choice, or a scale's points. */
export function isChoiceQuestion(question: Question): boolean {
  return typeOf(question).choice !== undefined;
}

/** The options a condition on this question can name, as its type gives them (none for a question without options). */
export function choiceOptions(question: Question): readonly Option[] {
  return typeOf(question).choice?.options(question) ?? [];
}

/** How the respondent is told which answers a choice holds back when it hides the questions behind it, where the question says. */
export function followUpsNameOf(question: Question): string | undefined {
  return 'followUpsName' in question ? question.followUpsName : undefined;
}
