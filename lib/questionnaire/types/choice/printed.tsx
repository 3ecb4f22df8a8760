import type { ChoiceQuestion } from '@/lib/questionnaire/definition';
import { chosenCodes, otherTextKey } from '@/lib/questionnaire/types/choice/type';
import type { Answers } from '@/lib/questionnaire/visibility';
import type { PrintT } from '../surfaces';

/**
 * Every option with a box to tick: a circle where one option is picked
 * (`one`), a square where several are; ticked and said where the library chose it. The
 * label sits beside its box and wraps there, also on a phone.
 */
export function ChoiceAnswer({
  question,
  t,
  answers,
  one,
}: {
  question: ChoiceQuestion;
  t: PrintT;
  answers: Answers | null;
  one: boolean;
}) {
  const chosen = chosenCodes(answers?.[question.code]);
  const otherText = answers?.[otherTextKey(question.code)];
  return (
    <ul className={`print-options ${question.type}`}>
      {question.options.map((option) => {
        const isChosen = chosen.includes(option.code);
        return (
          <li key={option.code}>
            <span className={`${one ? 'box circle' : 'box'}${isChosen ? ' checked' : ''}`} aria-hidden="true" />
            <span className="print-label">
              {option.label}
              {isChosen && <span className="visually-hidden"> {t('chosen')}</span>}
              {option.other &&
                (isChosen && typeof otherText === 'string' ? (
                  <span className="written"> {otherText}</span>
                ) : (
                  <span className="write-line" aria-hidden="true" />
                ))}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
