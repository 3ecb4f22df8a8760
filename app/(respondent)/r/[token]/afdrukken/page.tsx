import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { Definition, Question } from '@/lib/questionnaire/definition';
import type { Answers } from '@/lib/questionnaire/visibility';
import { typeOf } from '@/lib/questionnaire/types';
import { conditionSentence } from '@/lib/respondent/condition-text';
import { questionNumbers } from '@/lib/respondent/pages';
import { loadInvitation } from '@/lib/respondent/load';
import { PrintButton } from '../../../_components/print-button';
import { printedAnswer } from './answers';
import type { PrintT } from '@/lib/questionnaire/types/surfaces';
import { editionPhase } from '@/lib/editions/phase';
import { NotOpenNotice } from '../../../_components/not-open-notice';
import { printPath } from '../../../_components/print-path';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('respondent.printPage');
  return { title: t('title'), referrer: 'no-referrer', robots: { index: false, follow: false } };
}

/**
 * The whole questionnaire on paper: every question, conditions written out,
 * with the library's answers once it has started (the working copy while the
 * edition is open, as the form shows it; the sent answers once it closed),
 * or with empty boxes to tick (`?leeg=1`, and before anything is saved).
 */
export default async function PrintPage({ params, searchParams }: Props) {
  const { token } = await params;
  const wantsEmpty = (await searchParams).leeg === '1';
  const loaded = await loadInvitation(token);
  if (!loaded) notFound();
  // A concept may still change: nothing to print until an admin opens it.
  if (editionPhase(loaded.context.edition) === 'draft') return <NotOpenNotice opensAt={null} />;
  const t = await getTranslations('respondent.printPage');
  const definition = loaded.context.edition.definition;
  const numbers = questionNumbers(definition);
  const { response } = loaded;
  const answers: Answers | null =
    wantsEmpty || response.status === 'not_started'
      ? null
      : loaded.open
        ? response.answers
        : (response.submittedAnswers ?? response.answers);

  return (
    <article className="print-questionnaire">
      <h1>{loaded.context.edition.title}</h1>
      <p>{answers ? t('introAnswers') : t('intro')}</p>
      <p className="no-print print-actions">
        <PrintButton label={t('printButton')} />
        {answers ? (
          <a href={printPath(token, 'empty')}>{t('printEmpty')}</a>
        ) : (
          response.status !== 'not_started' && <a href={printPath(token, 'answers')}>{t('printAnswers')}</a>
        )}
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
                answers={answers}
                t={t}
              />
            ))}
          </ol>
        </section>
      ))}
    </article>
  );
}

function PrintedQuestion({
  definition,
  question,
  number,
  numbers,
  answers,
  t,
}: {
  definition: Definition;
  question: Question;
  number: number;
  numbers: Map<string, number>;
  answers: Answers | null;
  t: PrintT;
}) {
  const notes: string[] = [];
  if (question.condition) {
    // The sentence with its placeholders kept, for conditionSentence to fill: the production build's messages are precompiled, so t.raw gives no template.
    notes.push(
      conditionSentence(definition, question.condition, {
        sentence: t('condition', { number: '{number}', options: '{options}' }),
        or: t('or'),
      }),
    );
  }
  notes.push(question.required ? t('required') : t('optional'));
  for (const note of typeOf(question).printNotes(question, (code) => numbers.get(code) ?? code)) notes.push(t(note.key, note.values));

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
      {printedAnswer(question, t, answers)}
    </li>
  );
}
