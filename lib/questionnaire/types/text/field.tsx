'use client';

import { useTranslations } from 'next-intl';
import { Controller } from 'react-hook-form';
import type { FieldKind } from '../surfaces';
import type { TextQuestion } from './type';
import { describedBy, fieldIds } from '@/lib/questionnaire/types/form/field-ids';
import { LabelledHeader, useError, type FieldProps } from '@/lib/questionnaire/types/form/field-parts';

/** A free text, with the characters used out of those allowed. */
function TextField({ question, control, readOnly }: FieldProps<TextQuestion>) {
  const t = useTranslations('respondent');
  const error = useError(control, question.code);
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

/** Focus goes to the one input. */
const textField: FieldKind<TextQuestion> = {
  render: (props) => <TextField {...props} />,
  focusTargetId: (question) => fieldIds.input(question.code),
};

export default textField;
