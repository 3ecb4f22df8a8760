'use client';

import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { Definition } from '@/lib/questionnaire/definition';
import type { PostedForm } from '@/lib/respondent/form-post-state';
import type { CurrentResponse } from '@/lib/responses/queries';
import { AnswerSummary } from './answer-summary';
import { ConfirmationDetails } from './confirmation-details';
import { dropPageFromUrl } from './page-url';
import { PrintButton } from './print-button';
import { PrintLink } from './print-link';
import { QuestionnaireForm } from './questionnaire-form';

type Props = {
  /** The invitation's token; null for a preview (/admin/editions/[code]/vragenlijst/voorbeeld), which saves nothing. */
  token: string | null;
  definition: Definition;
  libraryName: string;
  editionTitle: string;
  closesAt: string | null;
  editionOpen: boolean;
  initialResponse: CurrentResponse;
  initialPage: number;
  /** The address asks for the check step (?pagina=controleren). */
  initialCheck?: boolean;
  /** The address names a step: a sent response opens in the form (a link to change it that works without JavaScript). */
  pageRequested?: boolean;
  /** What a form post without JavaScript came back with (lib/respondent/posted-query.ts). */
  posted?: PostedForm;
};

const dateFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
const dayFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });

/**
 * The respondent's whole journey on one link: the form while the edition is
 * open and the response not sent; the confirmation with the answers once sent
 * (reopenable while open); a read-only summary once closed.
 */
export function QuestionnaireApp(props: Props) {
  const { token, definition, libraryName, closesAt, initialPage } = props;
  const t = useTranslations('respondent');
  const [response, setResponse] = useState(props.initialResponse);
  const [open, setOpen] = useState(props.editionOpen);
  // Changes not yet sent reopen the form, where they are (and where it says they do not count yet).
  const [editing, setEditing] = useState(
    props.editionOpen && (props.initialResponse.status !== 'submitted' || props.initialResponse.pendingChanges || !!props.pageRequested),
  );
  const [formKey, setFormKey] = useState(0);
  const [closedNow, setClosedNow] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Set together with the state change that swaps the view; read after that render.
  const focusHeadingRef = useRef(false);

  useEffect(() => {
    if (!focusHeadingRef.current) return;
    focusHeadingRef.current = false;
    headingRef.current?.focus();
  });

  const showConfirmation = (sent: CurrentResponse) => {
    setResponse(sent);
    setEditing(false);
    dropPageFromUrl();
    window.scrollTo({ top: 0 });
    focusHeadingRef.current = true;
  };

  if (editing && open) {
    return (
      <QuestionnaireForm
        key={formKey}
        token={token}
        definition={definition}
        initialResponse={response}
        initialPage={formKey === 0 ? initialPage : 1}
        initialCheck={formKey === 0 && !!props.initialCheck}
        posted={formKey === 0 ? (props.posted ?? null) : null}
        onSaved={setResponse}
        onSubmitted={showConfirmation}
        onDiscarded={showConfirmation}
        onClosed={() => {
          setOpen(false);
          setClosedNow(true);
          setEditing(false);
          focusHeadingRef.current = true;
        }}
      />
    );
  }

  const submitted = response.status === 'submitted' && response.submittedAt;
  return (
    <div className="confirmation">
      {submitted ? (
        <div className="alert success">
          <h1 ref={headingRef} tabIndex={-1}>
            {t('confirmation.title')}
          </h1>
          <p>{t('confirmation.body', { library: libraryName, date: dateFormat.format(new Date(response.submittedAt!)) })}</p>
          <ConfirmationDetails response={response} libraryName={libraryName} />
        </div>
      ) : (
        <div className="alert warning">
          <h1 ref={headingRef} tabIndex={-1}>
            {t('closed.title')}
          </h1>
          <p>{closedNow ? t('closed.body') : response.status === 'not_started' ? t('notStartedClosed') : t('notSubmittedClosed')}</p>
        </div>
      )}
      {!open && submitted && response.pendingChanges && <p className="alert warning">{t('closed.pendingNotSent')}</p>}

      {open ? (
        <div className="card">
          <p>{t('confirmation.changeExplanation', { closesAt: closesAt ? dayFormat.format(new Date(closesAt)) : 'none' })}</p>
          {/* A GET form, so that before the JavaScript runs the button opens step 1 (?pagina=1), which shows a sent response in the form. */}
          <form
            method="get"
            onSubmit={(event) => {
              event.preventDefault();
              setFormKey((k) => k + 1);
              setEditing(true);
              window.scrollTo({ top: 0 });
            }}
          >
            <input type="hidden" name="pagina" value="1" />
            <button type="submit">{t('confirmation.change')}</button>
          </form>
        </div>
      ) : (
        submitted && <p className="alert">{t('confirmation.closedNote')}</p>
      )}

      {response.status !== 'not_started' && (
        <section className="card" aria-labelledby="antwoorden-titel">
          <h2 id="antwoorden-titel">{t('confirmation.summaryTitle')}</h2>
          <AnswerSummary definition={definition} answers={response.submittedAnswers ?? response.answers} />
          {submitted && (
            <p className="no-print">
              <PrintButton label={t('confirmation.print')} />
            </p>
          )}
        </section>
      )}
      <PrintLink token={token} started={response.status !== 'not_started'} />
    </div>
  );
}
