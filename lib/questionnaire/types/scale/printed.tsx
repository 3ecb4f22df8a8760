import type { Answers } from '@/lib/questionnaire/visibility';
import type { PrintT } from '../surfaces';
import type { ScaleQuestion } from './type';
import { scaleOptions } from './points';

/** A circle per point (and one for the answer beside the scale), ticked and said where the library chose it. */
function ScalePrinted({ question, t, answers }: { question: ScaleQuestion; t: PrintT; answers: Answers | null }) {
  const chosen = answers?.[question.code];
  return (
    <ul className="print-options scale">
      {scaleOptions(question).map((option) => {
        const isChosen = chosen === option.code;
        return (
          <li key={option.code}>
            <span className={`box circle${isChosen ? ' checked' : ''}`} aria-hidden="true" />
            <span className="print-label">
              {option.label}
              {isChosen && <span className="visually-hidden"> {t('chosen')}</span>}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

export default ScalePrinted;
