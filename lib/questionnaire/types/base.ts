import { z } from 'zod/mini';

/*
 * What every question type's definition shares: codes, the condition that
 * shows a question, and the fields every question has. No type module
 * depends on another through this file.
 */

export const code = z
  .string()
  .check(z.regex(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/, 'codes are UPPER_SNAKE_CASE (letters, digits, single underscores)'));

export const conditionSchema = z.strictObject({
  /** Code of an earlier choice question. */
  question: code,
  /** The condition holds when that question's answer includes any of these option codes. */
  anyOf: z.array(code).check(z.minLength(1)),
});

export const baseQuestion = {
  code,
  text: z.string().check(z.minLength(1)),
  description: z.optional(z.string()),
  required: z.boolean(),
  /**
   * How error messages name the question, a short noun phrase ("het aantal
   * schoollocaties in het werkgebied", "de knelpunten"), so they need not
   * repeat the question text; each type has a default.
   */
  errorSubject: z.optional(z.string().check(z.minLength(1))),
  condition: z.optional(conditionSchema),
  /** Wording of the result base for questions behind a condition ("bibliotheken die samenwerken met ..."). */
  resultBase: z.optional(z.string()),
  /**
   * Publication-like sentence for the most chosen option of a choice question,
   * with {percent} and {option} ("{percent}% van de bibliotheken noemt {option}").
   */
  resultSentence: z.optional(z.string().check(z.minLength(1))),
  /** For a question with an exclusive option: the share that picked at least one other option. */
  resultAtLeastOne: z.optional(
    z.strictObject({
      /** "Ervaart een of meer knelpunten" */
      label: z.string().check(z.minLength(1)),
      /** "{percent}% van de bibliotheken ervaart knelpunten" */
      sentence: z.string().check(z.minLength(1)),
    }),
  ),
};
