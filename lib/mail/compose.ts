import type { MailKind } from './eligibility';
import { fillTemplate, noClosingDateText, templateFor, type TemplateName } from './templates';

export type OutgoingMessage = { to: string; subject: string; text: string };

const closingDateFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });

/** A library's message with its own link; a reminder to a library that started says so. */
export function composeMessage({
  kind,
  started,
  library,
  email,
  link,
  closesAt,
  contact,
}: {
  kind: MailKind;
  started: boolean;
  library: string;
  email: string;
  link: string;
  closesAt: Date | null;
  contact: string;
}): OutgoingMessage {
  const name: TemplateName = kind === 'invitation' ? 'invitation' : started ? 'reminderStarted' : 'reminder';
  const template = templateFor(name);
  const values = { bibliotheek: library, link, sluitdatum: closesAt ? closingDateFormat.format(closesAt) : noClosingDateText(), contact };
  // Header values are single lines: a library name cannot add headers.
  return { to: email, subject: fillTemplate(template.subject, values).replace(/[\r\n]+/g, ' '), text: fillTemplate(template.body, values) };
}
