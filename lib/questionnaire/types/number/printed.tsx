import { formatDutchNumber } from '@/lib/figures/dutch-number';
import type { NumberQuestion } from './type';
import type { Answers } from '@/lib/questionnaire/visibility';
import type { PrintT } from '../surfaces';

/** The number after its unit, or a short line to write it on. */
function NumberAnswer({ question, t, answers }: { question: NumberQuestion; t: PrintT; answers: Answers | null }) {
  const value = answers?.[question.code];
  return (
    <p className="print-answer">
      {question.unit ? t('unit', { unit: question.unit }) : t('number')}:{' '}
      {typeof value === 'number' ? <span className="written">{formatDutchNumber(value)}</span> : <span className="write-line short" />}
    </p>
  );
}

export default NumberAnswer;
