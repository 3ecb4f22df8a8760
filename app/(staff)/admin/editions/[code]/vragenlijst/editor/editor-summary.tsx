'use client';

import { useTranslations } from 'next-intl';
import { candidateIdsOf } from '@/lib/questionnaire/types/editing/model/field-ids';
import type { EditorProblem } from '../model/check';

export const SUMMARY_ID = 'vl-foutoverzicht';

function focusField(path: string) {
  // The field itself, or the nearest item around it that is on the page.
  const target = candidateIdsOf(path)
    .map((id) => document.getElementById(id))
    .find((element) => element !== null);
  target?.scrollIntoView({ block: 'center' });
  target?.focus();
}

/** Why the questionnaire was not saved: each problem a link to its field (as the respondent form's summary). */
export function EditorSummary({ message, problems }: { message?: string; problems: EditorProblem[] }) {
  const t = useTranslations('editor');
  return (
    <div id={SUMMARY_ID} className="alert error error-summary" role="alert" tabIndex={-1} aria-labelledby={`${SUMMARY_ID}-titel`}>
      <h2 id={`${SUMMARY_ID}-titel`}>{t('summaryTitle')}</h2>
      {message && <p>{message}</p>}
      <p>{t('summaryIntro', { count: problems.length })}</p>
      {problems.length > 0 && (
        <ul>
          {problems.map((problem, i) => (
            <li key={`${problem.path}-${i}`}>
              <a
                href={`#${candidateIdsOf(problem.path)[0]}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusField(problem.path);
                }}
              >
                {problem.where}: {problem.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
