'use client';

import { useTranslations } from 'next-intl';
import type { Page } from '@/lib/questionnaire/definition';
import { typeOf } from '@/lib/questionnaire/types';
import type { Answers } from '@/lib/questionnaire/visibility';
import { fieldKindOf } from './fields';

type Props = {
  /** The pages the answers show, in order; a link goes back to a page by its number among them. */
  pages: Page[];
  visible: Set<string>;
  answers: Answers;
  /** Moves to a page and its field in the browser; without it (no JavaScript yet) the link is followed. */
  onChange: (pageIndex: number, targetId: string) => void;
};

/** Every shown question with its answer, per page, each with a link back to its field (GOV.UK "check answers"). */
export function CheckAnswers({ pages, visible, answers, onChange }: Props) {
  const t = useTranslations('respondent');
  return (
    <>
      {pages.map((page, index) => (
        <section key={page.code} className="card check-answers" aria-labelledby={`controle-${page.code}`}>
          <h2 id={`controle-${page.code}`}>{page.title}</h2>
          <dl className="answer-summary">
            {page.questions
              .filter((question) => visible.has(question.code))
              .map((question) => {
                const answer = typeOf(question).describeAnswer(question, answers);
                const targetId = fieldKindOf(question).focusTargetId(question, question.code);
                return (
                  <div key={question.code} className="check-answers-row">
                    <dt>{question.text}</dt>
                    <dd className={answer ? undefined : 'not-answered'}>{answer ?? t('summary.notAnswered')}</dd>
                    <dd className="check-answers-change">
                      <a
                        href={`?pagina=${index + 1}#${targetId}`}
                        onClick={(event) => {
                          event.preventDefault();
                          onChange(index, targetId);
                        }}
                      >
                        {t('check.change')}
                        <span className="visually-hidden"> {question.text}</span>
                      </a>
                    </dd>
                  </div>
                );
              })}
          </dl>
        </section>
      ))}
    </>
  );
}
