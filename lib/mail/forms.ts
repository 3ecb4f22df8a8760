import { z } from 'zod';
import { parseMoment } from '@/lib/editions/moments';
import nl from '@/messages/nl/mail.json';
import { DEFAULT_MIN_DAYS, type MailRule } from './eligibility';

const editionCode = z.string().trim().min(1).max(40);
const days = z.coerce
  .number({ error: nl.mail.page.invalidNumber })
  .int(nl.mail.page.invalidNumber)
  .min(0, nl.mail.page.invalidNumber)
  .max(365, nl.mail.page.invalidNumber);
const optionalCount = z.preprocess((value) => (value === '' || value === undefined ? null : value), days.nullable());
/** A checkbox (and the hidden field that carries it on): chosen when present with its value, else not. */
const checkbox = z.preprocess((value) => value === '1' || value === 'on' || value === true, z.boolean());

const reminderFields = {
  audience: z.enum(['all', 'started', 'not_started']).default('all'),
  minDays: z.preprocess((value) => (value === '' || value === undefined ? DEFAULT_MIN_DAYS : value), days),
  maxReminders: optionalCount,
  includeNotMailed: checkbox,
};

/** The mailing forms' fields; the page's actions and the CLI both end in `ruleFromInput`. */
export const mailingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('invitation'), edition: editionCode }),
  z.object({
    kind: z.literal('reminder'),
    edition: editionCode,
    ...reminderFields,
  }),
]);

export type MailingInput = z.infer<typeof mailingSchema>;

export function ruleFromInput(input: MailingInput): MailRule {
  return input.kind === 'invitation'
    ? { kind: 'invitation' }
    : {
        kind: 'reminder',
        audience: input.audience,
        minDays: input.minDays,
        maxReminders: input.maxReminders,
        includeNotMailed: input.includeNotMailed,
      };
}

/** "Herinnering plannen": the reminder's options and its moment, typed in Dutch time. */
export const planSchema = z.object({
  edition: editionCode,
  ...reminderFields,
  at: z
    .string()
    .trim()
    .max(40)
    .transform((value, ctx) => {
      const at = parseMoment(value);
      if (!at) ctx.addIssue({ code: 'custom', message: nl.mail.page.invalidMoment });
      return at ?? z.NEVER;
    }),
});

export const cancelPlanSchema = z.object({ edition: editionCode, id: z.coerce.number().int().positive() });

export const bouncingSchema = z.object({ edition: editionCode, libraryId: z.coerce.number().int().positive() });
