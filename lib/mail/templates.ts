import nl from '@/messages/nl/mail.json';

/** The placeholders a template may use; later, per-edition templates are checked against this list. */
export const placeholders = ['bibliotheek', 'link', 'sluitdatum', 'contact'] as const;
export type Placeholder = (typeof placeholders)[number];
export type TemplateValues = Record<Placeholder, string>;

export type MailTemplate = { subject: string; body: string };
export type TemplateName = keyof Omit<typeof nl.mail.templates, 'noClosingDate'>;

/**
 * The template for a message. For now the fixed Dutch defaults from
 * messages/nl/mail.json; editable per-edition templates (stored with the
 * edition) slot in here, falling back to these.
 */
export function templateFor(name: TemplateName): MailTemplate {
  return nl.mail.templates[name];
}

export function fillTemplate(text: string, values: TemplateValues): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => ((placeholders as readonly string[]).includes(name) ? values[name as Placeholder] : whole));
}

export function noClosingDateText(): string {
  return nl.mail.templates.noClosingDate;
}
