import { z } from 'zod';

/**
 * The questionnaire definition format. Everything the application shows or
 * checks about a question is derived from a value of this shape, so a new
 * question is a data change, never a page change.
 */

const code = z
  .string()
  .regex(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/, 'codes are UPPER_SNAKE_CASE (letters, digits, single underscores)');

export const conditionSchema = z
  .object({
    /** Code of an earlier choice question. */
    question: code,
    /** The condition holds when that question's answer includes any of these option codes. */
    anyOf: z.array(code).min(1),
  })
  .strict();

export const optionSchema = z
  .object({
    code,
    label: z.string().min(1),
    /** Picking it clears and excludes every other option ("Geen knelpunten"). */
    exclusive: z.boolean().optional(),
    /** "Anders, namelijk ...": picking it asks for a free text. */
    other: z.boolean().optional(),
    /** How result sentences name this option ("een goed verlopende samenwerking met scholen"); defaults to the label. */
    resultPhrase: z.string().min(1).optional(),
  })
  .strict();

const baseQuestion = {
  code,
  text: z.string().min(1),
  description: z.string().optional(),
  required: z.boolean(),
  condition: conditionSchema.optional(),
  /** Wording of the result base for questions behind a condition ("bibliotheken die samenwerken met ..."). */
  resultBase: z.string().optional(),
  /**
   * Publication-like sentence for the most chosen option of a choice question,
   * with {percent} and {option} ("{percent}% van de bibliotheken noemt {option}").
   */
  resultSentence: z.string().min(1).optional(),
  /** For a question with an exclusive option: the share that picked at least one other option. */
  resultAtLeastOne: z
    .object({
      /** "Ervaart een of meer knelpunten" */
      label: z.string().min(1),
      /** "{percent}% van de bibliotheken ervaart knelpunten" */
      sentence: z.string().min(1),
    })
    .strict()
    .optional(),
};

const choiceQuestion = {
  ...baseQuestion,
  options: z.array(optionSchema).min(2),
  /**
   * How the respondent is told which answers a choice holds back ("de vragen
   * over samenwerking") when it hides the questions behind this one; without
   * it they are counted.
   */
  followUpsName: z.string().min(1).optional(),
};

export const singleChoiceSchema = z.object({ ...choiceQuestion, type: z.literal('single') }).strict();

export const multipleChoiceSchema = z
  .object({
    ...choiceQuestion,
    type: z.literal('multiple'),
    maxChoices: z.number().int().positive().optional(),
  })
  .strict();

export const numberQuestionSchema = z
  .object({
    ...baseQuestion,
    type: z.literal('number'),
    min: z.number().default(0),
    max: z.number(),
    integer: z.boolean().default(true),
    unit: z.string().optional(),
    /** The answer may not exceed the answer to this other number question. */
    atMost: code.optional(),
  })
  .strict();

export const textQuestionSchema = z
  .object({ ...baseQuestion, type: z.literal('text'), maxLength: z.number().int().positive().max(10000) })
  .strict();

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
    // Each issue names its problem and values in `params`, so that
    // definition-problems.ts can say it in Dutch at the field; the English
    // message is for developers reading a loader error.
    const problem = (path: (string | number)[], message: string, params: Record<string, string | number>) =>
      ctx.addIssue({ code: 'custom', path, message, params });
    const allCodes = new Set(def.pages.flatMap((page) => page.questions.map((q) => q.code)));
    const pageCodes = new Set<string>();
    def.pages.forEach((page, p) => {
      if (pageCodes.has(page.code)) problem(['pages', p, 'code'], `duplicate page code ${page.code}`, { problem: 'duplicatePageCode', code: page.code });
      pageCodes.add(page.code);
    });
    const seen = new Map<string, Question>();
    def.pages.forEach((page, p) =>
      page.questions.forEach((question, q) => {
        const path = ['pages', p, 'questions', q];
        if (seen.has(question.code)) {
          problem([...path, 'code'], `duplicate question code ${question.code}`, { problem: 'duplicateQuestionCode', code: question.code });
        }
        if (question.type === 'single' || question.type === 'multiple') {
          const optionCodes = new Set<string>();
          question.options.forEach((option, o) => {
            if (optionCodes.has(option.code)) {
              problem([...path, 'options', o, 'code'], `duplicate option code ${option.code} in ${question.code}`, {
                problem: 'duplicateOptionCode',
                code: option.code,
              });
            }
            optionCodes.add(option.code);
            if (question.type === 'single' && option.exclusive) {
              problem([...path, 'options', o, 'exclusive'], `exclusive options need a multiple choice (${question.code})`, { problem: 'exclusiveNeedsMultiple' });
            }
          });
          if (question.type === 'multiple' && question.maxChoices !== undefined && question.maxChoices > question.options.length) {
            problem([...path, 'maxChoices'], `maxChoices exceeds the options of ${question.code}`, {
              problem: 'maxChoicesTooMany',
              maxChoices: question.maxChoices,
              options: question.options.length,
            });
          }
        }
        if (question.condition) {
          // Conditions may only look back: the form is filled in order, and
          // visibility can then be computed in a single pass.
          const targetCode = question.condition.question;
          const target = seen.get(targetCode);
          if (!target) {
            const kind = targetCode === question.code ? 'conditionSelf' : allCodes.has(targetCode) ? 'conditionLater' : 'conditionUnknown';
            problem([...path, 'condition', 'question'], `condition of ${question.code} refers to unknown or later question ${targetCode}`, {
              problem: kind,
              question: targetCode,
            });
          } else if (target.type !== 'single' && target.type !== 'multiple') {
            problem([...path, 'condition', 'question'], `condition of ${question.code} must refer to a choice question`, {
              problem: 'conditionNotChoice',
              question: targetCode,
            });
          } else {
            const known = new Set(target.options.map((o) => o.code));
            question.condition.anyOf.forEach((option, a) => {
              if (!known.has(option)) {
                problem([...path, 'condition', 'anyOf', a], `condition of ${question.code} refers to unknown option ${option} of ${target.code}`, {
                  problem: 'conditionUnknownOption',
                  question: target.code,
                  option,
                });
              }
            });
          }
        }
        if (question.type === 'number') {
          if (question.min > question.max) {
            problem([...path, 'min'], `min exceeds max in ${question.code}`, { problem: 'minAboveMax', min: question.min, max: question.max });
          }
          if (question.atMost) {
            const target = seen.get(question.atMost);
            if (!target || target.type !== 'number') {
              problem([...path, 'atMost'], `atMost of ${question.code} must name an earlier number question`, { problem: 'atMostInvalid', question: question.atMost });
            }
          }
        }
        seen.set(question.code, question);
      }),
    );
  });

export type Condition = z.infer<typeof conditionSchema>;
export type Option = z.infer<typeof optionSchema>;
export type Question = z.infer<typeof questionSchema>;
export type ChoiceQuestion = z.infer<typeof singleChoiceSchema> | z.infer<typeof multipleChoiceSchema>;
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

export function isChoiceQuestion(question: Question): question is ChoiceQuestion {
  return question.type === 'single' || question.type === 'multiple';
}

/** Key under which the free text of an "Anders, namelijk ..." option travels. */
export function otherTextKey(questionCode: string): string {
  return `${questionCode}__other`;
}

export const OTHER_TEXT_MAX_LENGTH = 500;
