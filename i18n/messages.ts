import common from '@/messages/nl/common.json';
import validation from '@/messages/nl/validation.json';
import respondent from '@/messages/nl/respondent.json';
import auth from '@/messages/nl/auth.json';
import results from '@/messages/nl/results.json';
import api from '@/messages/nl/api.json';
import audit from '@/messages/nl/audit.json';
import definition from '@/messages/nl/definition.json';
import editions from '@/messages/nl/editions.json';
import libraries from '@/messages/nl/libraries.json';
import editor from '@/messages/nl/editor.json';
import monitoring from '@/messages/nl/monitoring.json';
import mail from '@/messages/nl/mail.json';
import exportsMessages from '@/messages/nl/exports.json';
import freeTexts from '@/messages/nl/free-texts.json';

/**
 * All Dutch UI text. Each audience keeps its own message file (one top-level
 * namespace per file) so that features do not edit the same file.
 */
export const messages = {
  ...common,
  ...validation,
  ...respondent,
  ...auth,
  ...results,
  ...api,
  ...definition,
  ...editions,
  ...audit,
  ...libraries,
  ...editor,
  ...monitoring,
  ...mail,
  ...exportsMessages,
  ...freeTexts,
};

export type Messages = typeof messages;

/**
 * The namespaces a part of the app hands to its client components: each
 * area's layout gives its NextIntlClientProvider only these, since every
 * message given travels inline with every page of that area.
 */
export function pickMessages<K extends keyof Messages>(...namespaces: K[]): Pick<Messages, K> {
  return Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]])) as Pick<Messages, K>;
}
