import { findProblems } from '@/lib/questionnaire/answer-schema';
import type { Definition } from '@/lib/questionnaire/definition';
import { pruneAnswers, visibleQuestionCodes, type Answers } from '@/lib/questionnaire/visibility';
import { CHECK_STEP, MAX_POSTED_CHOICES, type PostedForm } from './form-post-state';
import { answersToFormValues, formValuesToAnswers } from './form-values';
import { fieldsOf, formKeysOf, visiblePages } from './pages';

type Typed = Record<string, string | string[]>;

// What was typed and refused rides along in the address: bounded, so the address stays short.
const MAX_VALUE = 1000;
const MAX_ENCODED = 6000;

/**
 * The address a post comes back to when the page must be shown again: the
 * page, and either "someone else saved" or "show this page's problems" with
 * the refused values as typed (the valid ones are stored). Stateless: the
 * page works the messages out again from the stored answers and these.
 */
export function postedPageUrl(
  base: string,
  pageNumber: number | typeof CHECK_STEP,
  outcome: { conflict: true } | { refused: Typed },
): string {
  const query = new URLSearchParams({ pagina: String(pageNumber) });
  if ('conflict' in outcome) query.set('melding', 'conflict');
  else {
    query.set('controle', '1');
    const bounded = Object.fromEntries(
      Object.entries(outcome.refused).map(([key, value]) => [
        key,
        Array.isArray(value) ? value.slice(0, MAX_POSTED_CHOICES).map((v) => v.slice(0, MAX_VALUE)) : value.slice(0, MAX_VALUE),
      ]),
    );
    const encoded = Buffer.from(JSON.stringify(bounded)).toString('base64url');
    if (Object.keys(bounded).length > 0 && encoded.length <= MAX_ENCODED) query.set('invoer', encoded);
  }
  return `${base}?${query}`;
}

function decodeTyped(encoded: string | undefined): Typed {
  if (!encoded || encoded.length > MAX_ENCODED) return {};
  try {
    const parsed: unknown = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    const typed: Typed = {};
    for (const [key, value] of Object.entries(parsed)) {
      if (typeof value === 'string') typed[key] = value.slice(0, MAX_VALUE);
      else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) typed[key] = value.slice(0, MAX_POSTED_CHOICES);
    }
    return typed;
  } catch {
    return {};
  }
}

/**
 * The page's side of postedPageUrl: which page to show with which messages,
 * found with the same schema as everywhere (submit mode, the page's keys).
 */
export function postedFormFromQuery({
  definition,
  answers,
  query,
}: {
  definition: Definition;
  answers: Answers;
  query: Record<string, string | string[] | undefined>;
}): PostedForm {
  const one = (name: string) => (typeof query[name] === 'string' ? (query[name] as string) : undefined);
  const conflict = one('melding') === 'conflict';
  if (!conflict && one('controle') !== '1') return null;
  const pagina = one('pagina');
  if (pagina === CHECK_STEP) return { step: CHECK_STEP, values: {}, errors: [], conflict };

  const values = answersToFormValues(definition, answers);
  const stored = pruneAnswers(definition, answers);
  const pages = visiblePages(definition, visibleQuestionCodes(definition, stored));
  const page = pages[Math.min(Math.max(Number(pagina) || 1, 1), pages.length) - 1];
  if (!page || conflict) return page ? { step: page.code, values: {}, errors: [], conflict } : null;

  const pageKeys = new Set(page.questions.flatMap(formKeysOf));
  const typed = Object.fromEntries(Object.entries(decodeTyped(one('invoer'))).filter(([key]) => pageKeys.has(key)));
  const withTyped = pruneAnswers(definition, formValuesToAnswers(definition, { ...values, ...typed }));
  const keys = fieldsOf(page, visibleQuestionCodes(definition, withTyped), withTyped);
  const grouped = new Map<string, string[]>();
  for (const problem of findProblems(definition, withTyped, 'submit')) {
    if (keys.includes(problem.question)) grouped.set(problem.question, [...(grouped.get(problem.question) ?? []), problem.message]);
  }
  return {
    step: page.code,
    values: typed,
    errors: [...grouped].map(([key, messages]) => ({ key, message: messages.join(' ') })),
    conflict: false,
  };
}
