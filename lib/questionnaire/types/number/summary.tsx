import { getTranslations } from 'next-intl/server';
import type { SummaryProps } from '../surfaces';

const numberFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** A number question: answered, sum, mean and median, and its share of the number it is bounded by. */
async function NumberSummary({ question }: SummaryProps) {
  const t = await getTranslations('results');
  const stats = question.numbers!;
  const unit = stats.unit ? ` ${stats.unit}` : '';
  const format = (value: number | null) => (value === null ? t('noAnswers') : numberFormat.format(value) + unit);
  return (
    <>
      <dl className="results-numbers">
        <div>
          <dt>{t('numbers.answered')}</dt>
          <dd>{numberFormat.format(stats.answered)}</dd>
        </div>
        <div>
          <dt>{t('numbers.sum')}</dt>
          <dd>{format(stats.sum)}</dd>
        </div>
        <div>
          <dt>{t('numbers.mean')}</dt>
          <dd>{format(stats.mean)}</dd>
        </div>
        <div>
          <dt>{t('numbers.median')}</dt>
          <dd>{format(stats.median)}</dd>
        </div>
      </dl>
      {question.ratio && question.ratio.percent !== null && (
        <p className="results-ratio">
          {t('numbers.ratio', {
            part: numberFormat.format(question.ratio.part),
            whole: numberFormat.format(question.ratio.whole),
            unit: question.ratio.unit ?? '',
            percent: question.ratio.percent,
          })}
        </p>
      )}
    </>
  );
}

export default NumberSummary;
