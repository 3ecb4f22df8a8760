'use client';

import { Fragment, useState } from 'react';
import { useTranslations } from 'next-intl';
import { useController } from 'react-hook-form';
import type { ChoiceQuestion, Option } from '@/lib/questionnaire/definition';
import { countInWords } from '@/lib/questionnaire/number-words';
import { chosenCodes } from '@/lib/questionnaire/types/choice/type';
import { fieldIds as ids } from '@/lib/questionnaire/types/form/field-ids';
import { ChoiceLimit } from './choice-limit';
import { QuestionFieldset, useError, type FieldProps } from '@/lib/questionnaire/types/form/field-parts';
import { OtherText } from './other-text';
import { useRevealNote } from './reveal-note';

/**
 * Single and multiple choice: radio buttons or check boxes. What an option
 * opens (the "Anders" text, the questions it reveals) sits right under it;
 * an exclusive option ("Geen knelpunten") follows an "of" and unticks the
 * others, and the others untick it, each saying so (GOV.UK checkboxes).
 */
export function ChoiceField({
  question,
  control,
  readOnly,
  keptBackNote,
  revealed,
  multiple,
  max,
}: FieldProps<ChoiceQuestion> & {
  /** Check boxes (several options) rather than radio buttons. */
  multiple: boolean;
  /** The most options that may be ticked, said beside the options. */
  max?: number;
}) {
  const t = useTranslations('respondent');
  const { field } = useController({ control, name: question.code });
  const error = useError(control, question.code);
  const [change, setChange] = useState('');
  const [revealNote, clearRevealNote] = useRevealNote(question, revealed?.shown);

  const chosen = chosenCodes(field.value);
  // An exclusive option does not count: choosing another answer unticks it.
  const counted = chosen.filter((code) => !question.options.some((o) => o.exclusive && o.code === code));
  const limitReached = max !== undefined && counted.length >= max;
  const unavailable = (option: Option) => limitReached && !option.exclusive && !chosen.includes(option.code);

  const toggle = (option: Option, checked: boolean) => {
    clearRevealNote();
    setChange('');
    if (!checked) return field.onChange(chosen.filter((c) => c !== option.code));
    if (unavailable(option)) return setChange(t('choiceChange.limit', { max: max!, maxWord: countInWords(max!) }));
    if (option.exclusive) {
      if (chosen.length > 0) setChange(t('choiceChange.othersRemoved', { label: option.label }));
      return field.onChange([option.code]);
    }
    const removed = question.options.find((o) => o.exclusive && chosen.includes(o.code));
    if (removed) setChange(t('choiceChange.exclusiveRemoved', { label: removed.label, chosen: option.label }));
    const next = [...counted, option.code];
    field.onChange(question.options.map((o) => o.code).filter((code) => next.includes(code)));
  };

  const choose = (option: Option) => {
    clearRevealNote();
    field.onChange(option.code);
  };

  return (
    <QuestionFieldset
      question={question}
      error={error}
      keptBackNote={keptBackNote}
      describesNote={max !== undefined}
      notes={
        <>
          {max !== undefined && <ChoiceLimit id={ids.note(question.code)} max={max} count={chosen.length} reached={limitReached} />}
          {/* Present while empty, so that a message is announced as soon as it appears. */}
          <p id={ids.change(question.code)} className="choice-change" role="status">
            {[change, revealNote].filter(Boolean).join(' ')}
          </p>
        </>
      }
    >
      <div className="options">
        {question.options.map((option, index) => {
          const checked = chosen.includes(option.code);
          const blocked = unavailable(option);
          const id = ids.option(question.code, option.code);
          const opens = option.other || revealed?.options.has(option.code);
          return (
            <Fragment key={option.code}>
              {option.exclusive && index > 0 && !question.options[index - 1].exclusive && (
                <p className="choice-divider">{t('choiceDivider')}</p>
              )}
              <div className={blocked ? 'option unavailable' : 'option'}>
                <input
                  id={id}
                  ref={index === 0 ? field.ref : undefined}
                  type={multiple ? 'checkbox' : 'radio'}
                  name={question.code}
                  value={option.code}
                  checked={checked}
                  disabled={readOnly}
                  aria-disabled={blocked || undefined}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={blocked ? ids.note(question.code) : undefined}
                  aria-controls={opens ? ids.reveal(question.code, option.code) : undefined}
                  onBlur={field.onBlur}
                  onChange={(e) => (multiple ? toggle(option, e.target.checked) : choose(option))}
                />
                <label id={ids.optionLabel(question.code, option.code)} htmlFor={id}>
                  {option.label}
                </label>
              </div>
              {opens && (
                <div id={ids.reveal(question.code, option.code)} className="conditional">
                  {option.other && checked && <OtherText question={question} option={option} control={control} readOnly={readOnly} />}
                  {revealed?.shown.get(option.code)}
                </div>
              )}
            </Fragment>
          );
        })}
      </div>
    </QuestionFieldset>
  );
}
