import { z } from 'zod/mini';
import nl from '@/messages/nl/mail.json';
import { placeholders, templateNames, type TemplateName } from './templates';
import { fillTemplate } from '@/lib/fill-template';

const t = nl.mail.templatesPage;

/** Bounds: a subject fits a mail client's list; a body is a letter, not a brochure. */
export const SUBJECT_MAX = 200;
export const BODY_MAX = 5000;

/** Every `{…}` in a text whose name is not one of the placeholders, once each, in order. */
function unknownPlaceholders(text: string): string[] {
  const found = [...text.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]).filter((name) => !(placeholders as readonly string[]).includes(name));
  return [...new Set(found)];
}

function unknownMessage(names: string[]): string {
  return fillTemplate(t.unknownPlaceholders, {
    names: names.map((n) => `{${n}}`).join(', '),
    allowed: placeholders.map((p) => `{${p}}`).join(', '),
  });
}

/**
 * One template as the form sends it, checked the same way in the browser
 * and by the action. `{link}` is required in the body: the personal link is
 * the only way into the questionnaire, so a message without it cannot be
 * answered (and a reminder without it only causes phone calls). zod/mini,
 * as every schema that runs in the browser (lib/auth/sign-in-schema.ts).
 */
export const templateSchema = z
  .object({
    edition: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
    name: z.enum(templateNames as [TemplateName, ...TemplateName[]]),
    subject: z.string().check(
      z.trim(),
      z.minLength(1, t.required),
      z.maxLength(SUBJECT_MAX, fillTemplate(t.subjectTooLong, { max: SUBJECT_MAX })),
      z.refine((s) => !/[\r\n]/.test(s), t.subjectOneLine),
    ),
    // Line ends as the browser sends them (CRLF) are stored as LF, the mail's own line ends.
    body: z.pipe(
      z.pipe(
        z.string(),
        z.transform((s) => s.replace(/\r\n?/g, '\n').trim()),
      ),
      z.string().check(z.minLength(1, t.required), z.maxLength(BODY_MAX, fillTemplate(t.bodyTooLong, { max: BODY_MAX }))),
    ),
  })
  .check(
    z.superRefine((value, ctx) => {
      for (const field of ['subject', 'body'] as const) {
        const unknown = unknownPlaceholders(value[field]);
        if (unknown.length > 0) ctx.addIssue({ code: 'custom', path: [field], message: unknownMessage(unknown) });
      }
      if (!value.body.includes('{link}'))
        ctx.addIssue({ code: 'custom', path: ['body'], message: fillTemplate(t.linkRequired, { link: '{link}' }) });
    }),
  );

export type TemplateInput = z.infer<typeof templateSchema>;

export const templatePreviewSchema = z.object({
  edition: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
  name: z.enum(templateNames as [TemplateName, ...TemplateName[]]),
  libraryId: z.coerce.number().check(z.int(), z.positive(), z.maximum(Number.MAX_SAFE_INTEGER)),
});
