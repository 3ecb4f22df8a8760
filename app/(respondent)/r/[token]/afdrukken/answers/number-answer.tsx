import type { NumberQuestion } from '@/lib/questionnaire/types/number';
import type { PrintT } from './print-text';

/** A short line to write the number on, after its unit. */
export function NumberAnswer({ question, t }: { question: NumberQuestion; t: PrintT }) {
  return (
    <p className="print-answer">
      {question.unit ? t('unit', { unit: question.unit }) : t('number')}: <span className="write-line short" />
    </p>
  );
}
