import { getTranslations } from 'next-intl/server';
import type { SummaryProps } from '../surfaces';

/** A text question: how many wrote something (the texts themselves are not shown). */
async function TextSummary({ question }: SummaryProps) {
  const t = await getTranslations('results');
  return <p>{t('numbers.textAnswers', { count: question.base.n })}</p>;
}

export default TextSummary;
