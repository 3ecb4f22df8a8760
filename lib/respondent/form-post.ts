import type { Db } from '@/db/client';
import { findProblems } from '@/lib/questionnaire/answer-schema';
import type { Page } from '@/lib/questionnaire/definition';
import { typeOf } from '@/lib/questionnaire/types';
import { pruneAnswers, visibleQuestionCodes, type Answers } from '@/lib/questionnaire/visibility';
import { getCurrentResponse, type InvitationContext } from '@/lib/responses/queries';
import { saveResponse } from '@/lib/responses/save';
import { CHECK_STEP, type PostedForm } from './form-post-state';
import { answersToFormValues, formValuesToAnswers } from './form-values';
import { fieldsOf, visiblePages } from './pages';

/** The form as posted: FormData's reading side. */
export type PostedFields = { get(name: string): FormDataEntryValue | null; getAll(name: string): FormDataEntryValue[] };

export type FormPostOutcome = { redirect: string; submitted?: true } | { state: NonNullable<PostedForm> };

// A page asks for a few dozen keys at most; anything beyond is not from the form.
const MAX_KEYS = 200;
const MAX_CHOSEN = 100;

const text = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value : '');

/** Refusals per form key, one message per key (several joined), in the order found. */
function errorsOf(problems: { question: string; message: string }[], keys: string[]): { key: string; message: string }[] {
  const grouped = new Map<string, string[]>();
  for (const problem of problems) {
    if (!keys.includes(problem.question)) continue;
    grouped.set(problem.question, [...(grouped.get(problem.question) ?? []), problem.message]);
  }
  return [...grouped].map(([key, messages]) => ({ key, message: messages.join(' ') }));
}

/**
 * One questionnaire page (or the check step) posted as an ordinary HTML form,
 * before the page's JavaScript runs: the same rules as the browser form and
 * the API. A page's answers are saved as a draft through saveResponse (with
 * the version the page was rendered with), keeping out what the schema
 * refuses, as autosave does; "Volgende" then checks the page as the browser
 * would and either moves on (a redirect) or hands the page back with the
 * messages. A choice that reveals a question on the same page brings the
 * page back with it. "Antwoorden versturen" on the check step sends the
 * stored answers.
 */
export function handleFormPost({ db, context, token, form }: { db: Db; context: InvitationContext; token: string; form: PostedFields }): FormPostOutcome {
  const { edition, library } = context;
  const definition = edition.definition;
  const base = `/r/${token}`;
  const current = getCurrentResponse({ db, edition, libraryId: library.id });
  const version = Number(text(form.get('versie')));
  const step = text(form.get('stap'));
  const button = text(form.get('knop'));
  const conflict = (on: string): FormPostOutcome => ({ state: { step: on, values: {}, errors: [], conflict: true } });
  if (!Number.isInteger(version) || version < 0) return conflict(step);

  if (step === CHECK_STEP) {
    const result = saveResponse({ db, context, request: { answers: current.answers, submit: true, version }, receipt: true });
    if (result.ok) return { redirect: base, submitted: true };
    if (result.reason === 'stale') return conflict(CHECK_STEP);
    if (result.reason !== 'invalid') return { redirect: base };
    // The full check found something: the first page with a refused answer, with its messages.
    const visible = visibleQuestionCodes(definition, current.answers);
    const pages = visiblePages(definition, visible);
    const problemKeys = new Set(result.errors.map((e) => e.question));
    const page = pages.find((p) => fieldsOf(p, visible, current.answers).some((key) => problemKeys.has(key))) ?? pages[0];
    return { state: { step: page.code, values: {}, errors: errorsOf(result.errors, fieldsOf(page, visible, current.answers)), conflict: false } };
  }

  const page = definition.pages.find((p) => p.code === step);
  if (!page) return { redirect: `${base}?pagina=1` };
  const shownBefore = text(form.get('velden')).split(',').slice(0, MAX_KEYS);
  const { values, typed } = readPage(page, shownBefore, answersToFormValues(definition, current.answers), form);
  const answers = pruneAnswers(definition, formValuesToAnswers(definition, values));

  // Saved as a draft like autosave does: what the schema refuses stays out.
  const refused = new Set(findProblems(definition, answers, 'draft').map((p) => p.question));
  const kept: Answers = pruneAnswers(definition, Object.fromEntries(Object.entries(answers).filter(([key]) => !refused.has(key))));
  const saved = saveResponse({ db, context, request: { answers: kept, submit: false, version } });
  if (!saved.ok) return saved.reason === 'stale' ? conflict(page.code) : { redirect: base };

  const visible = visibleQuestionCodes(definition, answers);
  const pages = visiblePages(definition, visible);
  const index = Math.max(0, pages.findIndex((p) => p.code === page.code));
  const pageUrl = (i: number) => `${base}?pagina=${i + 1}`;
  if (button === 'vorige') return { redirect: pageUrl(Math.max(0, index - 1)) };

  const keys = fieldsOf(page, visible, answers);
  // A question this page's answers revealed: the page again, to answer it.
  if (keys.some((key) => !shownBefore.includes(key))) return { redirect: pageUrl(index) };
  const errors = errorsOf(findProblems(definition, answers, 'submit'), keys);
  if (errors.length > 0) return { state: { step: page.code, values: typed, errors, conflict: false } };
  return { redirect: index + 1 < pages.length ? pageUrl(index + 1) : `${base}?pagina=${CHECK_STEP}` };
}

/** The posted values of the keys the page showed, over the stored form values. */
function readPage(page: Page, shownBefore: string[], values: Record<string, string | string[]>, form: PostedFields) {
  const pageKeys = new Set(page.questions.flatMap((q) => [q.code, ...typeOf(q).extraKeys(q)]));
  const typed: Record<string, string | string[]> = {};
  for (const key of shownBefore) {
    if (!pageKeys.has(key)) continue;
    // Unticked boxes and radios send nothing: a key the page showed without a value is empty.
    const value = Array.isArray(values[key])
      ? form.getAll(key).filter((v): v is string => typeof v === 'string').slice(0, MAX_CHOSEN)
      : text(form.get(key));
    values[key] = value;
    typed[key] = value;
  }
  return { values, typed };
}
