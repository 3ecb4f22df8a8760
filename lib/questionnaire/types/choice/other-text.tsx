'use client';

import { Controller, type Control } from 'react-hook-form';
import type { ChoiceQuestion, Option } from '@/lib/questionnaire/definition';
import { OTHER_TEXT_MAX_LENGTH, otherTextKey } from '@/lib/questionnaire/types/choice/type';
import type { FormValues } from '@/lib/respondent/form-values';
import { describedBy, fieldIds } from '@/lib/questionnaire/types/form/field-ids';
import { FieldError, useError } from '@/lib/questionnaire/types/form/field-parts';

type Props = { question: ChoiceQuestion; option: Option; control: Control<FormValues>; readOnly: boolean };

/** The "Anders, namelijk ..." text, right under its option and named by the option's label, which it completes. */
export function OtherText({ question, option, control, readOnly }: Props) {
  const key = otherTextKey(question.code);
  const error = useError(control, key);
  return (
    <Controller
      control={control}
      name={key}
      render={({ field }) => (
        <div className="other-text">
          <FieldError id={fieldIds.error(key)} message={error} />
          <input
            id={fieldIds.input(key)}
            ref={field.ref}
            type="text"
            name={field.name}
            value={typeof field.value === 'string' ? field.value : ''}
            maxLength={OTHER_TEXT_MAX_LENGTH}
            readOnly={readOnly}
            aria-labelledby={fieldIds.optionLabel(question.code, option.code)}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(error && fieldIds.error(key))}
            onChange={(e) => field.onChange(e.target.value)}
            onBlur={field.onBlur}
          />
        </div>
      )}
    />
  );
}
