'use client';

import { useTranslations } from 'next-intl';
import { Controller, useFormState, type Control } from 'react-hook-form';
import { OTHER_TEXT_MAX_LENGTH, otherTextKey, type ChoiceQuestion, type Question } from '@/lib/questionnaire/definition';
import type { FormValues } from '@/lib/respondent/form-values';
import { describedBy, fieldIds } from './field-ids';

type FieldProps = {
  question: Question;
  control: Control<FormValues>;
  readOnly: boolean;
  /** Says which answers the current choice holds back (choice questions only). */
  keptBackNote?: string;
};

/** One question, rendered from its definition by type. */
export function QuestionField(props: FieldProps) {
  switch (props.question.type) {
    case 'single':
    case 'multiple':
      return <ChoiceField {...props} question={props.question} />;
    case 'number':
      return <NumberField {...props} />;
    case 'text':
      return <TextField {...props} />;
  }
}

function useError(control: Control<FormValues>, name: string): string | undefined {
  const { errors } = useFormState({ control, name });
  const message = errors[name]?.message;
  return typeof message === 'string' ? message : undefined;
}

function QuestionLabel({ question }: { question: Question }) {
  const t = useTranslations('respondent');
  return (
    <>
      <span className="question-text">{question.text}</span>
      {!question.required && <span className="question-optional"> ({t('optional')})</span>}
    </>
  );
}

/** Label, hint and error of a question with a single input (number, text). */
function LabelledHeader({ question, error }: { question: Question; error?: string }) {
  return (
    <>
      <label htmlFor={fieldIds.input(question.code)} className="question-label">
        <QuestionLabel question={question} />
      </label>
      {question.description && (
        <p id={fieldIds.hint(question.code)} className="hint">
          {question.description}
        </p>
      )}
      <FieldError id={fieldIds.error(question.code)} message={error} />
    </>
  );
}

function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error">
      {message}
    </p>
  );
}

function ChoiceField({ question, control, readOnly, keptBackNote }: FieldProps & { question: ChoiceQuestion }) {
  const t = useTranslations('respondent');
  const error = useError(control, question.code);
  const ids = fieldIds;
  const otherOption = question.options.find((o) => o.other);
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

function NumberField({ question, control, readOnly }: FieldProps) {
  const error = useError(control, question.code);
  if (question.type !== 'number') return null;
  const ids = fieldIds;
  return (
    <Controller
      control={control}
      name={question.code}
      render={({ field }) => (
        <div className="question" id={ids.group(question.code)}>
          <LabelledHeader question={question} error={error} />
          <div className="number-input">
            <input
              id={ids.input(question.code)}
              ref={field.ref}
              type="text"
              inputMode={question.integer ? 'numeric' : 'decimal'}
              autoComplete="off"
              name={field.name}
              value={typeof field.value === 'string' ? field.value : ''}
              readOnly={readOnly}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy(
                question.unit && ids.unit(question.code),
                question.description && ids.hint(question.code),
                error && ids.error(question.code),
              )}
              onChange={(e) => field.onChange(e.target.value)}
              onBlur={field.onBlur}
            />
            {question.unit && (
              <span id={ids.unit(question.code)} className="unit">
                {question.unit}
              </span>
            )}
          </div>
        </div>
      )}
    />
  );
}

function TextField({ question, control, readOnly }: FieldProps) {
  const t = useTranslations('respondent');
  const error = useError(control, question.code);
  if (question.type !== 'text') return null;
  const ids = fieldIds;
  return (
    <Controller
      control={control}
      name={question.code}
      render={({ field }) => {
        const value = typeof field.value === 'string' ? field.value : '';
        return (
          <div className="question" id={ids.group(question.code)}>
            <LabelledHeader question={question} error={error} />
            <textarea
              id={ids.input(question.code)}
              ref={field.ref}
              name={field.name}
              rows={5}
              value={value}
              readOnly={readOnly}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy(
                question.description && ids.hint(question.code),
                ids.count(question.code),
                error && ids.error(question.code),
              )}
              onChange={(e) => field.onChange(e.target.value)}
              onBlur={field.onBlur}
            />
            <p id={ids.count(question.code)} className={value.length > question.maxLength ? 'char-count over' : 'char-count'}>
              {t('characterCount', { count: value.length, max: question.maxLength })}
            </p>
          </div>
        );
      }}
    />
  );
}
