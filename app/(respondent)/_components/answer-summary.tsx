'use client';

import { useTranslations } from 'next-intl';
import { listQuestions, otherTextKey, type Definition, type Question } from '@/lib/questionnaire/definition';
import { visibleQuestionCodes, type Answers } from '@/lib/questionnaire/visibility';
import { formatDutchNumber } from '@/lib/respondent/number';

function describeAnswer(question: Question, answers: Answers): string | undefined {
  const value = answers[question.code];
  if (value === undefined || value === null) return undefined;
  if (question.type === 'single' || question.type === 'multiple') {
    const codes = Array.isArray(value) ? value : [String(value)];
    const other = answers[otherTextKey(question.code)];
    return codes
      .map((code) => {
        const option = question.options.find((o) => o.code === code);
        const label = option?.label ?? code;
        return option?.other && typeof other === 'string' ? `${label} ${other}` : label;
      })
      .join('; ');
  }
  if (question.type === 'number' && typeof value === 'number') {
    return question.unit ? `${formatDutchNumber(value)} ${question.unit}` : formatDutchNumber(value);
  }
  return String(value);
}

/** The answers of one response, question by question, as the library gave them. */
export function AnswerSummary({ definition, answers }: { definition: Definition; answers: Answers }) {
  const t = useTranslations('respondent.summary');
  const visible = visibleQuestionCodes(definition, answers);
  const questions = listQuestions(definition).filter((q) => visible.has(q.code));
  return (
    <dl className="answer-summary">
      {questions.map((question) => {
        const answer = describeAnswer(question, answers);
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
