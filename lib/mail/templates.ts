import nl from '@/messages/nl/mail.json';
import type { MailKind } from './eligibility';
import { fillTemplate } from '@/lib/fill-template';

/** The placeholders a template may use; anything else between braces is refused when a template is saved. */
export const placeholders = ['bibliotheek', 'link', 'sluitdatum', 'contact'] as const;
type Placeholder = (typeof placeholders)[number];
export type TemplateValues = Record<Placeholder, string>;

export type MailTemplate = { subject: string; body: string };
export type TemplateName = keyof Omit<typeof nl.mail.templates, 'noClosingDate'>;
export const templateNames: readonly TemplateName[] = ['invitation', 'reminder', 'reminderStarted'];

/** The default Dutch text of a message, used while an edition has no wording of its own. */
export function templateFor(name: TemplateName): MailTemplate {
  return nl.mail.templates[name];
}

/** Which template a message uses: a reminder to a library that started says so. */
export function templateNameFor(kind: MailKind, started: boolean): TemplateName {
  return kind === 'invitation' ? 'invitation' : started ? 'reminderStarted' : 'reminder';
}

/** Only the fixed placeholders are filled; any other `{…}` stays as written (the template form refuses such names). */
export function fillMailTemplate(text: string, values: TemplateValues): string {
  return fillTemplate(text, Object.fromEntries(placeholders.map((name) => [name, values[name]])));
}

export function noClosingDateText(): string {
  return nl.mail.templates.noClosingDate;
}
