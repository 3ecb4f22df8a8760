import { z } from 'zod/mini';

/** The longest text of a start page section; a start page is read before the questions, not instead of them. */
const START_TEXT_MAX_LENGTH = 2000;

const startText = z.optional(z.string().check(z.minLength(1), z.maxLength(START_TEXT_MAX_LENGTH)));

/**
 * The edition's own texts for the page a library sees before the first
 * question: why the questionnaire is asked, how long it takes, what happens
 * with the answers and whom to ask. Each is optional; the respondent's
 * messages hold the text shown when one is absent. All of it is wording
 * (lib/editions/structure.ts), so it can be corrected after opening and is
 * copied to next year's edition with the school year replaced.
 */
export const startPageSchema = z.strictObject({ purpose: startText, duration: startText, privacy: startText, contact: startText });

type StartPage = z.infer<typeof startPageSchema>;
export type StartTextKey = keyof StartPage;
export const START_TEXT_KEYS = ['purpose', 'duration', 'privacy', 'contact'] as const satisfies readonly StartTextKey[];
