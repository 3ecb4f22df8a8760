import { isDeepStrictEqual } from 'node:util';
import type { Db } from '@/db/client';
import { findProblems } from '@/lib/questionnaire/answer-schema';
import type { Page } from '@/lib/questionnaire/definition';
import { typeOf } from '@/lib/questionnaire/types';
import { pruneAnswers, visibleQuestionCodes, type Answers } from '@/lib/questionnaire/visibility';
import { getCurrentResponse, type InvitationContext } from '@/lib/responses/queries';
import { saveResponse } from '@/lib/responses/save';
import { CHECK_STEP, MAX_POSTED_CHOICES } from './form-post-state';
import { answersToFormValues, formValuesToAnswers } from './form-values';
import { fieldsOf, formKeysOf, visiblePages } from './pages';
import { postedPageUrl } from './posted-query';

/** The form as posted: FormData's reading side. */
export type PostedFields = { get(name: string): FormDataEntryValue | null; getAll(name: string): FormDataEntryValue[] };

/** Where the browser goes next (303), and whether the answers were just sent; `malformed` when the post is not the form's. */
export type FormPostOutcome = { redirect: string; submitted: boolean } | { malformed: true };

// A page asks for a few dozen keys at most; anything beyond is not from the form.
const MAX_KEYS = 200;

const text = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value : '');

/**
 * One questionnaire page (or the check step) posted as an ordinary HTML form,
 * before the page's JavaScript runs, under the same rules as the browser form
 * and the API. The page's answers are saved as a draft through saveResponse
 * with the version the page was rendered with, keeping out what the schema
 * refuses, as autosave does. "Volgende" then checks the page as the browser
 * would and moves on, or comes back to the page with its messages (the
 * refused values ride along in the address: posted-query.ts). A choice that
 * reveals a question on the same page brings the page back with it.
 * "Antwoorden versturen" on the check step sends the stored answers.
 */
export function handleFormPost({
  db,
  context,
  token,
  form,
}: {
  db: Db;
  context: InvitationContext;
  token: string;
  form: PostedFields;
}): FormPostOutcome {
  const { edition, library } = context;
  const definition = edition.definition;
  const base = `/r/${token}`;
  const versionText = text(form.get('versie'));
  const version = Number(versionText);
  const step = text(form.get('stap'));
  const button = text(form.get('knop'));
  if (!/^\d{1,9}$/.test(versionText) || !step) return { malformed: true };
  const current = getCurrentResponse({ db, edition, libraryId: library.id });
  const moveTo = (redirect: string, submitted = false): FormPostOutcome => ({ redirect, submitted });

  if (step === CHECK_STEP) {
    if (button === 'vorige') {
      const pages = visiblePages(definition, visibleQuestionCodes(definition, current.answers));
      return moveTo(`${base}?pagina=${pages.length}`);
    }
    const result = saveResponse({ db, context, request: { answers: current.answers, submit: true, version }, receipt: true });
    if (result.ok) return moveTo(base, true);
    if (result.reason === 'stale') return moveTo(postedPageUrl(base, CHECK_STEP, { conflict: true }));
    if (result.reason !== 'invalid') return moveTo(base);
    // The full check found something: the first page with a refused answer shows its messages.
    const visible = visibleQuestionCodes(definition, current.answers);
    const pages = visiblePages(definition, visible);
    const problemKeys = new Set(result.errors.map((e) => e.question));
    const index = Math.max(
      0,
      pages.findIndex((p) => fieldsOf(p, visible, current.answers).some((key) => problemKeys.has(key))),
    );
    return moveTo(postedPageUrl(base, index + 1, { refused: {} }));
  }

  const page = definition.pages.find((p) => p.code === step);
  if (!page) return moveTo(`${base}?pagina=1`);
  const shownBefore = text(form.get('velden')).split(',').slice(0, MAX_KEYS);
  const typed = readPage(page, shownBefore, form);
  const answers = pruneAnswers(
    definition,
    formValuesToAnswers(definition, { ...answersToFormValues(definition, current.answers), ...typed }),
  );
  const visible = visibleQuestionCodes(definition, answers);
  const pages = visiblePages(definition, visible);
  const index = Math.max(
    0,
    pages.findIndex((p) => p.code === page.code),
  );

  // Saved as a draft like autosave does: what the schema refuses stays out.
  const refused = new Set(findProblems(definition, answers, 'draft').map((p) => p.question));
  const kept: Answers = pruneAnswers(definition, Object.fromEntries(Object.entries(answers).filter(([key]) => !refused.has(key))));
  // Nothing changed (a Volgende on an untouched page): nothing to store, and no response is started by it.
  if (!isDeepStrictEqual(kept, pruneAnswers(definition, current.answers))) {
    const saved = saveResponse({ db, context, request: { answers: kept, submit: false, version } });
    if (!saved.ok) return moveTo(saved.reason === 'stale' ? postedPageUrl(base, index + 1, { conflict: true }) : base);
  }

  const pageUrl = (i: number) => `${base}?pagina=${i + 1}`;
  if (button === 'vorige') return moveTo(pageUrl(Math.max(0, index - 1)));
  const keys = fieldsOf(page, visible, answers);
  // A question this page's answers revealed: the page again, to answer it.
  if (keys.some((key) => !shownBefore.includes(key))) return moveTo(pageUrl(index));
  if (findProblems(definition, answers, 'submit').some((p) => keys.includes(p.question))) {
    const refusedTyped = Object.fromEntries(Object.entries(typed).filter(([key]) => refused.has(key)));
    return moveTo(postedPageUrl(base, index + 1, { refused: refusedTyped }));
  }
  return moveTo(index + 1 < pages.length ? pageUrl(index + 1) : `${base}?pagina=${CHECK_STEP}`);
}

/** The posted values of the keys the page showed (unticked boxes and radios send nothing: empty). */
function readPage(page: Page, shownBefore: string[], form: PostedFields): Record<string, string | string[]> {
  const typed: Record<string, string | string[]> = {};
  for (const question of page.questions) {
    const type = typeOf(question);
    for (const key of formKeysOf(question)) {
      if (!shownBefore.includes(key)) continue;
      const many = key === question.code && Array.isArray(type.toFormValue(question, undefined));
      typed[key] = many
        ? form
            .getAll(key)
            .filter((v): v is string => typeof v === 'string')
            .slice(0, MAX_POSTED_CHOICES)
        : text(form.get(key));
    }
  }
  return typed;
}
