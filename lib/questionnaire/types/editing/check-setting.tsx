'use client';

import type { Path } from './model/paths';
import { useField } from './editor-context';
import { FieldMessages } from './field-messages';

/** A yes/no of the definition. `whenOff`: false for a field every question has (required), absent for a flag (exclusive). */
export function CheckSetting({ path, label, whenOff }: { path: Path; label: string; whenOff: false | undefined }) {
  const field = useField(path);
  return (
    <div className="field editor-check">
      <input
        {...field.inputProps}
        type="checkbox"
        checked={field.value === true}
        disabled={field.readOnly}
        onChange={(e) => field.set(e.target.checked ? true : whenOff)}
      />
      <label htmlFor={field.id}>{label}</label>
      <FieldMessages path={path} />
    </div>
  );
}
