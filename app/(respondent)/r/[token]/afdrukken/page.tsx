import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { Definition, Question } from '@/lib/questionnaire/definition';
import { conditionSentence } from '@/lib/respondent/condition-text';
import { formatDutchNumber } from '@/lib/respondent/number';
import { questionNumbers } from '@/lib/respondent/pages';
import { loadInvitation } from '@/lib/respondent/load';
import { PrintButton } from '../../../_components/print-button';
import { NotOpenYet } from '../not-open-yet';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('respondent.printPage');
  return { title: t('title'), referrer: 'no-referrer', robots: { index: false, follow: false } };
}

/** The whole questionnaire on paper: every question, conditions written out, empty boxes to tick. */
export default async function PrintPage({ params }: Props) {
  const { token } = await params;
  const loaded = await loadInvitation(token);
  if (!loaded) notFound();
  // A concept may still change: nothing to print until it opens.
  if (loaded.context.edition.status === 'draft') return <NotOpenYet />;
  const t = await getTranslations('respondent.printPage');
  const definition = loaded.context.edition.definition;
  const numbers = questionNumbers(definition);

  return (
    <article className="print-questionnaire">
      <h1>{loaded.context.edition.title}</h1>
      <p>{t('intro')}</p>
      <p className="no-print print-actions">
        <PrintButton label={t('printButton')} />
        <a href={`/r/${token}`}>{t('back')}</a>
      </p>
      {definition.pages.map((page, p) => (
        <section key={page.code} className="print-page" aria-labelledby={`deel-${page.code}`}>
          <h2 id={`deel-${page.code}`}>{t('page', { number: p + 1, title: page.title })}</h2>
          <ol className="print-questions">
            {page.questions.map((question) => (
              <PrintedQuestion
                key={question.code}
                definition={definition}
                question={question}
                number={numbers.get(question.code)!}
                numbers={numbers}
                t={t}
              />
            ))}
          </ol>
        </section>
      ))}
    </article>
  );
}

type T = Awaited<ReturnType<typeof getTranslations<'respondent.printPage'>>>;

function PrintedQuestion({
  definition,
  question,
  number,
  numbers,
  t,
}: {
  definition: Definition;
  question: Question;
  number: number;
  numbers: Map<string, number>;
  t: T;
}) {
  const notes: string[] = [];
  if (question.condition) {
    notes.push(conditionSentence(definition, question.condition, { sentence: t.raw('condition') as string, or: t('or') }));
  }
  notes.push(question.required ? t('required') : t('optional'));
  if (question.type === 'single') notes.push(t('chooseOne'));
  if (question.type === 'multiple') {
    notes.push(question.maxChoices ? t('chooseMax', { max: question.maxChoices }) : t('chooseAny'));
    for (const option of question.options.filter((o) => o.exclusive)) notes.push(t('exclusive', { label: option.label }));
  }
  if (question.type === 'number') {
    notes.push(
      t('numberRange', {
        min: formatDutchNumber(question.min),
        max: formatDutchNumber(question.max),
        integer: question.integer ? 'true' : 'false',
      }),
    );
    if (question.atMost) notes.push(t('atMost', { number: numbers.get(question.atMost) ?? question.atMost }));
  }
  if (question.type === 'text') notes.push(t('text', { max: question.maxLength }));

  return (
    <li className="print-question" value={number}>
      <h3>
        <span className="print-number">{t('question', { number })}</span> {question.text}
      </h3>
      {question.description && <p className="hint">{question.description}</p>}
      <ul className="print-notes">
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
      {(question.type === 'single' || question.type === 'multiple') && (
        <ul className={`print-options ${question.type}`}>
          {question.options.map((option) => (
            <li key={option.code}>
              <span className={question.type === 'single' ? 'box circle' : 'box'} aria-hidden="true" />
              {option.label}
              {option.other && <span className="write-line" aria-hidden="true" />}
            </li>
          ))}
        </ul>
      )}
      {question.type === 'number' && (
        <p className="print-answer">
          {question.unit ? t('unit', { unit: question.unit }) : t('number')}: <span className="write-line short" />
        </p>
      )}
      {question.type === 'text' && <div className="write-area" aria-hidden="true" />}
    </li>
  );
}
