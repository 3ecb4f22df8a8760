'use client';

import { useTranslations } from 'next-intl';
import { listQuestions, type Definition } from '@/lib/questionnaire/definition';
import { typeOf } from '@/lib/questionnaire/types';
import { visibleQuestionCodes, type Answers } from '@/lib/questionnaire/visibility';

/** The answers of one response, question by question, as the library gave them. */
export function AnswerSummary({ definition, answers }: { definition: Definition; answers: Answers }) {
  const t = useTranslations('respondent.summary');
  const visible = visibleQuestionCodes(definition, answers);
  const questions = listQuestions(definition).filter((q) => visible.has(q.code));
  return (
    <dl className="answer-summary">
      {questions.map((question) => {
        const answer = typeOf(question).describeAnswer(question, answers);
        return (
          <div key={question.code}>
            <dt>{question.text}</dt>
            <dd className={answer ? undefined : 'not-answered'}>{answer ?? t('notAnswered')}</dd>
          </div>
        );
      })}
    </dl>
  );
}
