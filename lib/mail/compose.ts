import type { MailKind } from './eligibility';
import { fillMailTemplate, noClosingDateText, templateFor, templateNameFor, type MailTemplate } from './templates';

export type OutgoingMessage = { to: string; subject: string; text: string };

const closingDateFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });

// A mailing's messages share one closing date, and formatting it in a time
// zone cost up to 0.1 ms a message in a mailing (docs/benchmarks.md, "Mailing").
let lastClosing: { at: number; text: string } | undefined;

function closingDateText(closesAt: Date | null): string {
  if (!closesAt) return noClosingDateText();
  if (lastClosing?.at !== closesAt.getTime()) lastClosing = { at: closesAt.getTime(), text: closingDateFormat.format(closesAt) };
  return lastClosing.text;
}

/** A library's message with its own link, in the given template's wording or the default one for its kind. */
export function composeMessage({
  kind,
  started,
  library,
  email,
  link,
  closesAt,
  contact,
  template,
}: {
  kind: MailKind;
  started: boolean;
  library: string;
  email: string;
  link: string;
  closesAt: Date | null;
  contact: string;
  /** The edition's own wording of this message; the default text when absent. */
  template?: MailTemplate;
}): OutgoingMessage {
  template ??= templateFor(templateNameFor(kind, started));
  const values = { bibliotheek: library, link, sluitdatum: closingDateText(closesAt), contact };
  // Header values are single lines: a library name cannot add headers.
  return {
    to: email,
    subject: fillMailTemplate(template.subject, values).replace(/[\r\n]+/g, ' '),
    text: fillMailTemplate(template.body, values),
  };
}
