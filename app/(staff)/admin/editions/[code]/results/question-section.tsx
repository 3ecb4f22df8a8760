import { getTranslations } from 'next-intl/server';
import type { QuestionResult } from '@/lib/results/aggregate';
import { FreeTextsSection } from './free-texts-section';
import { summaryOf } from './summaries';

const integerFormat = new Intl.NumberFormat('nl-NL');

export async function QuestionSection({
  question,
  editionCode,
  previousEdition,
  query,
}: {
  question: QuestionResult;
  editionCode: string;
  previousEdition: string | null;
  query: string;
}) {
  const t = await getTranslations('results');
  const headingId = `question-${question.code}`;
  const empty = question.base.n === 0;

  return (
    <section className="card results-question" aria-labelledby={headingId} data-question={question.code}>
      <h2 id={headingId}>{question.text}</h2>
      <p className="results-base">{t('baseWithN', { label: question.base.label, n: integerFormat.format(question.base.n) })}</p>
      {empty ? (
        <p className="results-empty">{t('noAnswers')}</p>
      ) : (
        <>
          {(question.atLeastOne?.sentence || question.sentence) && (
            <ul className="results-sentences">
              {question.atLeastOne?.sentence && <li>{question.atLeastOne.sentence}</li>}
              {question.sentence && <li>{question.sentence}</li>}
            </ul>
          )}
          {question.multipleAnswers && <p className="hint results-multiple">{t('multipleAnswers')}</p>}
          {summaryOf(question, { editionCode, previousEdition, query })}
          <FreeTextsSection question={question} editionCode={editionCode} query={query} />
        </>
      )}
    </section>
  );
}
