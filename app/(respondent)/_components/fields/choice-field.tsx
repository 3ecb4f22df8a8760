'use client';

import { useTranslations } from 'next-intl';
import { Controller } from 'react-hook-form';
import type { ChoiceQuestion } from '@/lib/questionnaire/definition';
import { OTHER_TEXT_MAX_LENGTH, otherOption as findOtherOption, otherTextKey } from '@/lib/questionnaire/types/choice';
import { describedBy, fieldIds } from '../field-ids';
import { FieldError, QuestionLabel, useError, type FieldProps } from './field-parts';

/** Single and multiple choice: radio buttons or check boxes, and the "Anders" text while its option is chosen. */
export function ChoiceField({ question, control, readOnly, keptBackNote }: FieldProps<ChoiceQuestion>) {
  const t = useTranslations('respondent');
  const error = useError(control, question.code);
  const ids = fieldIds;
  const otherOption = findOtherOption(question);
  const otherKey = otherTextKey(question.code);
  const otherError = useError(control, otherKey);
  const multiple = question.type === 'multiple';

  return (
    <Controller
      control={control}
      name={question.code}
      render={({ field }) => {
        const chosen: string[] = Array.isArray(field.value) ? field.value : field.value ? [field.value] : [];
        const exclusiveChosen = multiple ? question.options.find((o) => o.exclusive && chosen.includes(o.code)) : undefined;
        const max = question.type === 'multiple' ? question.maxChoices : undefined;
        const limitReached = max !== undefined && chosen.length >= max;
        const note = exclusiveChosen
          ? t('exclusiveChosen', { label: exclusiveChosen.label })
          : limitReached
            ? t('maxChoicesReached', { max: max! })
            : undefined;
        const order = (codes: string[]) =>
          question.options.map((o) => o.code).filter((code) => codes.includes(code));
        const toggle = (code: string, checked: boolean) => {
          const option = question.options.find((o) => o.code === code)!;
          if (!checked) return field.onChange(chosen.filter((c) => c !== code));
          if (option.exclusive) return field.onChange([code]);
          field.onChange(order([...chosen.filter((c) => !question.options.some((o) => o.exclusive && o.code === c)), code]));
        };
        return (
          <fieldset
            className="question"
            id={ids.group(question.code)}
            aria-describedby={describedBy(
              question.description && ids.hint(question.code),
              error && ids.error(question.code),
              keptBackNote && ids.keptBack(question.code),
            )}
          >
            <legend>
              <QuestionLabel question={question} />
            </legend>
            {question.description && (
              <p id={ids.hint(question.code)} className="hint">
                {question.description}
              </p>
            )}
            <FieldError id={ids.error(question.code)} message={error} />
            <div className="options">
              {question.options.map((option, index) => {
                const checked = chosen.includes(option.code);
                const disabled =
                  readOnly ||
                  (multiple && !checked && (limitReached || (exclusiveChosen !== undefined && !option.exclusive)));
                const id = ids.option(question.code, option.code);
                return (
                  <div className="option" key={option.code}>
                    <input
                      id={id}
                      ref={index === 0 ? field.ref : undefined}
                      type={multiple ? 'checkbox' : 'radio'}
                      name={question.code}
                      value={option.code}
                      checked={checked}
                      disabled={disabled}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={note && multiple ? ids.note(question.code) : undefined}
                      onBlur={field.onBlur}
                      onChange={(e) => (multiple ? toggle(option.code, e.target.checked) : field.onChange(option.code))}
                    />
                    <label htmlFor={id}>{option.label}</label>
                  </div>
                );
              })}
            </div>
            {multiple && (
              <p id={ids.note(question.code)} className="choice-note" aria-live="polite">
                {note}
              </p>
            )}
            {otherOption && chosen.includes(otherOption.code) && (
              <Controller
                control={control}
                name={otherKey}
                render={({ field: other }) => (
                  <div className="other-text">
                    <label htmlFor={ids.input(otherKey)}>{t('otherLabel', { label: otherOption.label })}</label>
                    <FieldError id={ids.error(otherKey)} message={otherError} />
                    <input
                      id={ids.input(otherKey)}
                      ref={other.ref}
                      type="text"
                      name={other.name}
                      value={typeof other.value === 'string' ? other.value : ''}
                      maxLength={OTHER_TEXT_MAX_LENGTH}
                      readOnly={readOnly}
                      aria-invalid={otherError ? true : undefined}
                      aria-describedby={describedBy(otherError && ids.error(otherKey))}
                      onChange={(e) => other.onChange(e.target.value)}
                      onBlur={other.onBlur}
                    />
                  </div>
                )}
              />
            )}
            {/* Present while empty, so the note is announced as soon as it appears. */}
            <p id={ids.keptBack(question.code)} className="kept-back-note" role="status">
              {keptBackNote}
            </p>
          </fieldset>
        );
      }}
    />
  );
}
