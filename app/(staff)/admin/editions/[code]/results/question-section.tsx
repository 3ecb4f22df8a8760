import { getTranslations } from 'next-intl/server';
import { resultsOf } from '@/lib/questionnaire/types/results-of';
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
  const sentences = resultsOf(question).resultSentences(question);

  return (
    <section className="card results-question" aria-labelledby={headingId} data-question={question.code}>
      <h2 id={headingId}>{question.text}</h2>
      <p className="results-base">{t('baseWithN', { label: question.base.label, n: integerFormat.format(question.base.n) })}</p>
      {empty ? (
        <p className="results-empty">{t('noAnswers')}</p>
      ) : (
        <>
          {sentences.length > 0 && (
            <ul className="results-sentences">
              {sentences.map((sentence, i) => (
                <li key={i}>{sentence}</li>
              ))}
            </ul>
          )}
          {summaryOf(question, { editionCode, previousEdition, query })}
          <FreeTextsSection question={question} editionCode={editionCode} query={query} />
        </>
      )}
    </section>
  );
}
