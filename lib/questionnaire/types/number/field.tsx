'use client';

import { Controller } from 'react-hook-form';
import type { FieldKind } from '../surfaces';
import type { NumberQuestion } from './type';
import { describedBy, fieldIds } from '@/lib/questionnaire/types/form/field-ids';
import { LabelledHeader, useError, type FieldProps } from '@/lib/questionnaire/types/form/field-parts';

/** A number typed in Dutch ("12,5"), with its unit beside it. */
function NumberField({ question, control, readOnly }: FieldProps<NumberQuestion>) {
  const error = useError(control, question.code);
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

/** Focus goes to the one input. */
const numberField: FieldKind<NumberQuestion> = {
  render: (props) => <NumberField {...props} />,
  focusTargetId: (question) => fieldIds.input(question.code),
};

export default numberField;
