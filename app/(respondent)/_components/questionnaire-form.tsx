'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { useWatch } from 'react-hook-form';
import type { Definition } from '@/lib/questionnaire/definition';
import { pruneAnswers, visibleQuestionCodes } from '@/lib/questionnaire/visibility';
import { CHECK_STEP, type PostedForm } from '@/lib/respondent/form-post-state';
import { answersToFormValues, formValuesToAnswers, type FormValues } from '@/lib/respondent/form-values';
import { keptBackAnswers, restoreKeptAnswers } from '@/lib/respondent/kept-answers';
import { fieldsOf, visiblePages } from '@/lib/respondent/pages';
import { progressOf } from '@/lib/respondent/progress';
import type { CurrentResponse } from '@/lib/responses/queries';
import { CheckAnswers } from './check-answers';
import { ErrorSummary } from './error-summary';
import { readKeptAnswers, storeKeptAnswers } from './kept-answers-storage';
import { useKeptBackNotes } from './kept-back-note';
import { setPageInUrl } from './page-url';
import { PageNav } from './page-nav';
import { PageQuestions } from './page-questions';
import { PrintLink } from './print-link';
import { SaveStatusLine } from './save-status';
import { SentState } from './sent-state';
import { useAnswersForm } from './use-answers-form';
import { takePendingDraft, useAutosave } from './use-autosave';
import { useErrorSummary } from './use-error-summary';

type Props = {
  /** The invitation's token; null for a preview, which saves nothing and keeps nothing in the tab. */
  token: string | null;
  definition: Definition;
  initialResponse: CurrentResponse;
  initialPage: number;
  /** Open on the check step (?pagina=controleren). */
  initialCheck?: boolean;
  /** What a form post without JavaScript came back with: the step, typed values and messages to show. */
  posted?: PostedForm;
  onSaved: (response: CurrentResponse) => void;
  onSubmitted: (response: CurrentResponse) => void;
  /** The changes to a submitted response were thrown away: its submitted answers are back. */
  onDiscarded: (response: CurrentResponse) => void;
  onClosed: () => void;
};

export function QuestionnaireForm({
  token,
  definition,
  initialResponse,
  initialPage,
  initialCheck = false,
  posted = null,
  onSaved,
  onSubmitted,
  onDiscarded,
  onClosed,
}: Props) {
  const t = useTranslations('respondent');
  const { form, schemas, check } = useAnswersForm(definition, initialResponse.answers, posted);
  const values = useWatch({ control: form.control }) as FormValues;
  const answers = formValuesToAnswers(definition, values);
  const visible = visibleQuestionCodes(definition, answers);
  const pages = visiblePages(definition, visible);
  const keptBackNotes = useKeptBackNotes(definition, answers);

  const [pageIndex, setPageIndex] = useState(() => {
    const postedPage = posted ? pages.findIndex((p) => p.code === posted.step) : -1;
    return postedPage >= 0 ? postedPage : Math.max(0, initialPage - 1);
  });
  const [checking, setChecking] = useState(() => (posted ? posted.step === CHECK_STEP : initialCheck));
  const current = Math.min(pageIndex, pages.length - 1);
  const page = pages[current];
  const isLast = current === pages.length - 1;
  const progress = page ? progressOf(definition, answers, page.code) : { step: 1, total: 1 };

  const summary = useErrorSummary(definition, form, posted);
  const [conflict, setConflict] = useState(posted?.conflict ?? false);
  const [submitting, setSubmitting] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const conflictRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Where focus goes after the render a step change causes: the request is
  // kept in a ref and the tick makes that render happen even when nothing else changed.
  const focusRequestRef = useRef<'heading' | 'summary' | 'conflict' | { field: string } | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  const setFocusRequest = (request: 'heading' | 'summary' | 'conflict' | { field: string }) => {
    focusRequestRef.current = request;
    setFocusTick((tick) => tick + 1);
  };

  const autosave = useAutosave({
    token,
    initialResponse,
    normalise: (a) => pruneAnswers(definition, a),
    draft: () => {
      const pruned = pruneAnswers(definition, formValuesToAnswers(definition, form.getValues()));
      const parsed = schemas.draft.safeParse(pruned);
      if (parsed.success) return { answers: parsed.data, invalidFields: [] };
      // Keep what is valid: one mistyped number must not hold back the rest.
      // Its message waits for Volgende (use-answers-form.ts); the save status says not all was saved.
      const invalid = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))];
      const kept = Object.fromEntries(Object.entries(pruned).filter(([key]) => !invalid.includes(key)));
      return { answers: pruneAnswers(definition, kept), invalidFields: invalid };
    },
    onSaved,
    onStale: (response) => {
      const kept = keptBackAnswers(definition, formValuesToAnswers(definition, form.getValues()));
      form.reset(answersToFormValues(definition, restoreKeptAnswers(definition, response.answers, kept)));
      setConflict(true);
      setFocusRequest('conflict');
    },
    onClosed,
    onInvalid: (problems) => {
      for (const problem of problems) form.setError(problem.question, { type: 'server', message: problem.message });
    },
  });

  // Answers a change hid stay in the form, to come back when the change is
  // undone; only their messages go, and the tab keeps them across a reload.
  const keepHidden = useCallback(() => {
    const currentValues = form.getValues();
    const currentAnswers = formValuesToAnswers(definition, currentValues);
    const shown = visibleQuestionCodes(definition, currentAnswers);
    const asked = new Set(definition.pages.flatMap((p) => fieldsOf(p, shown, currentAnswers)));
    for (const key of Object.keys(currentValues)) {
      if (!asked.has(key) && form.getFieldState(key).error) form.clearErrors(key);
    }
    storeKeptAnswers(token, keptBackAnswers(definition, currentAnswers));
  }, [definition, form, token]);

  const { schedule, flush } = autosave;

  // Answers the previous page on this link sent as it went away but that the
  // server had not stored yet when this page was rendered: show and save them.
  // Answers this tab kept back come back too, still kept back.
  const restoreCheckedRef = useRef(false);
  useEffect(() => {
    if (restoreCheckedRef.current) return;
    restoreCheckedRef.current = true;
    const pending = takePendingDraft(token, initialResponse.version);
    const kept = readKeptAnswers(token);
    if (!pending && Object.keys(kept).length === 0) return;
    form.reset(answersToFormValues(definition, restoreKeptAnswers(definition, pending ?? initialResponse.answers, kept)));
    if (pending) void flush();
  }, [token, initialResponse, definition, form, flush]);
  useEffect(() => {
    const subscription = form.watch((_values, { name }) => {
      // A field with an error is checked again as soon as it changes, so a
      // fixed answer loses its message at once (not on blur, mid-click);
      // fields without one are left alone until the next press.
      if (name && form.getFieldState(name).error) void form.trigger(name);
      keepHidden();
      schedule();
    });
    return () => subscription.unsubscribe();
  }, [form, keepHidden, schedule]);

  useEffect(() => {
    const focusRequest = focusRequestRef.current;
    focusRequestRef.current = null;
    if (focusRequest === 'heading') headingRef.current?.focus();
    if (focusRequest === 'summary') summaryRef.current?.focus();
    if (focusRequest === 'conflict') conflictRef.current?.focus();
    if (typeof focusRequest === 'object' && focusRequest) document.getElementById(focusRequest.field)?.focus();
  }, [focusTick]);

  const goTo = (index: number, focus: 'heading' | { field: string } = 'heading') => {
    setChecking(false);
    setPageIndex(index);
    setPageInUrl(index + 1);
    window.scrollTo({ top: 0 });
    setFocusRequest(focus);
  };

  const openCheck = () => {
    setChecking(true);
    setPageInUrl(CHECK_STEP);
    window.scrollTo({ top: 0 });
    setFocusRequest('heading');
  };

  const showErrorsFrom = () => {
    const firstPage = pages.findIndex((p) => fieldsOf(p, visible, answers).some((key) => form.getFieldState(key).error));
    const target = firstPage === -1 ? current : firstPage;
    summary.summarise(fieldsOf(pages[target], visible, answers));
    if (target !== current || checking) {
      setChecking(false);
      setPageIndex(target);
      setPageInUrl(target + 1);
    }
    setFocusRequest('summary');
  };

  const next = async () => {
    const keys = fieldsOf(page, visible, answers);
    if (!(await check(keys))) return showErrorsFrom();
    summary.clear();
    void autosave.flush();
    if (isLast) openCheck();
    else goTo(current + 1);
  };

  const previous = () => {
    summary.clear();
    void autosave.flush();
    goTo(checking ? pages.length - 1 : current - 1);
  };

  const submit = async () => {
    const keys = pages.flatMap((p) => fieldsOf(p, visible, answers));
    if (!(await check(keys))) return showErrorsFrom();
    setSubmitting(true);
    const outcome = await autosave.submit(pruneAnswers(definition, formValuesToAnswers(definition, form.getValues())));
    setSubmitting(false);
    if (outcome.kind === 'saved') onSubmitted(outcome.response);
    if (outcome.kind === 'invalid') showErrorsFrom();
  };

  const discardChanges = async () => {
    const { submittedAnswers } = autosave.response;
    if (!submittedAnswers) return false;
    const outcome = await autosave.discardChanges(submittedAnswers);
    if (outcome.kind !== 'saved') return false;
    onDiscarded(outcome.response);
    return true;
  };

  if (!page) return null;
  return (
    <form
      className="questionnaire"
      noValidate
      method="post"
      action={token === null ? undefined : `/r/${token}/opslaan`}
      onSubmit={(event) => {
        event.preventDefault();
        void (checking ? submit() : next());
      }}
    >
      <div className="questionnaire-top">
        {!checking && (
          <div className="progress">
            <p id="voortgang" className="progress-label">
              {t('progress', { current: progress.step, total: progress.total })}
            </p>
            <progress aria-labelledby="voortgang" value={progress.step} max={progress.total} />
          </div>
        )}
        {token !== null && <SaveStatusLine status={autosave.status} savedAt={autosave.savedAt} onRetry={() => void autosave.flush()} />}
      </div>

      <SentState response={autosave.response} onDiscard={discardChanges} />

      {conflict && (
        <div ref={conflictRef} className="alert warning" role="alert" tabIndex={-1}>
          <h2>{t('conflict.title')}</h2>
          <p>{t('conflict.body')}</p>
          <button type="button" className="secondary" onClick={() => setConflict(false)}>
            {t('conflict.dismiss')}
          </button>
        </div>
      )}

      {summary.open.length > 0 && <ErrorSummary ref={summaryRef} entries={summary.open} />}

      {checking ? (
        <>
          <h1 ref={headingRef} tabIndex={-1} className="page-title">
            {t('check.title')}
          </h1>
          <p className="intro">{t('check.intro')}</p>
          <CheckAnswers
            pages={pages}
            visible={visible}
            answers={answers}
            onChange={(index, field) => {
              summary.clear();
              goTo(index, { field });
            }}
          />
          <h2>{t('check.sendTitle')}</h2>
          <p>{t('check.sendIntro')}</p>
        </>
      ) : (
        <>
          <h1 ref={headingRef} tabIndex={-1} className="page-title">
            {page.title}
          </h1>
          {current === 0 && <p className="intro">{t('intro')}</p>}

          <div className="card questions">
            <PageQuestions
              questions={page.questions}
              visible={visible}
              answers={answers}
              control={form.control}
              readOnly={submitting}
              keptBackNotes={keptBackNotes}
            />
          </div>

          {isLast && <p>{t('submitIntro')}</p>}
        </>
      )}
      <PageNav
        checking={checking}
        pageCode={page.code}
        version={autosave.response.version}
        fields={checking ? [] : fieldsOf(page, visible, answers)}
        showPrevious={current > 0 || checking}
        submitting={submitting}
        onPrevious={previous}
      />
      <PrintLink token={token} started={autosave.response.status !== 'not_started'} />
    </form>
  );
}
