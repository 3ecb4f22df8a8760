'use client';

import { useTranslations } from 'next-intl';
import { useController } from 'react-hook-form';
import { fieldIds as ids } from '@/lib/questionnaire/types/form/field-ids';
import { QuestionFieldset, useError, type FieldProps } from '@/lib/questionnaire/types/form/field-parts';
import type { FieldKind } from '../surfaces';
import type { ScaleQuestion } from './type';
import { DONT_KNOW, pointCode, pointLabel, pointsOf } from './points';
import styles from './scale.module.css';

/**
 * The points as a row of radio buttons, each number above its label, the
 * ends' meaning said in the hint too; on a narrow screen the row becomes a
 * list (scale.module.css). Native radios in one fieldset: Tab reaches the
 * group, the arrow keys move between points, and a screen reader hears the
 * question, the hint and "1, Zeer ontevreden, 1 van 6". The answer beside
 * the scale follows an "of", as GOV.UK separates such an answer.
 */
function ScaleField({ question, control, readOnly, keptBackNote }: FieldProps<ScaleQuestion>) {
  const t = useTranslations('respondent');
  const { field } = useController({ control, name: question.code });
  const error = useError(control, question.code);
  const radio = (code: string, label: string, index: number, number?: number) => {
    const id = ids.option(question.code, code);
    return (
      <div className={number === undefined ? 'option' : `option ${styles.point}`} key={code}>
        <input
          id={id}
          ref={index === 0 ? field.ref : undefined}
          type="radio"
          name={question.code}
          value={code}
          checked={field.value === code}
          disabled={readOnly}
          aria-invalid={error ? true : undefined}
          onBlur={field.onBlur}
          onChange={() => field.onChange(code)}
        />
        <label id={ids.optionLabel(question.code, code)} htmlFor={id}>
          {number === undefined ? (
            label
          ) : (
            <>
              <span className={styles.number}>{number}</span>
              {/* A space, so a screen reader says "1 Zeer ontevreden", whatever the layout. */}
              {label && ' '}
              {label && <span className={styles.label}>{label}</span>}
            </>
          )}
        </label>
      </div>
    );
  };
  return (
    <QuestionFieldset
      question={question}
      error={error}
      keptBackNote={keptBackNote}
      describesNote
      notes={
        <p id={ids.note(question.code)} className="hint">
          {t('scale.ends', { low: question.lowLabel, high: question.highLabel, points: question.points })}
        </p>
      }
    >
      <div className={`options ${styles.points}`}>
        {pointsOf(question).map((point, index) => radio(pointCode(point), pointLabel(question, point) ?? '', index, point))}
      </div>
      {question.dontKnow && (
        <div className="options">
          <p className="choice-divider">{t('choiceDivider')}</p>
          {radio(DONT_KNOW, question.dontKnow, question.points)}
        </div>
      )}
    </QuestionFieldset>
  );
}

/** The error summary's link goes to the first point. */
const scaleField: FieldKind<ScaleQuestion> = {
  render: (props) => <ScaleField {...props} />,
  focusTargetId: (question) => ids.option(question.code, pointCode(1)),
};

export default scaleField;
