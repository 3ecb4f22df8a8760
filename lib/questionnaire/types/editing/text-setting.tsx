'use client';

import { fieldIdOf } from './model/field-ids';
import type { Path } from './model/paths';
import { useField } from './editor-context';
import { FieldMessages } from './field-messages';

type Props = {
  path: Path;
  label: string;
  hint?: string;
  /** Left empty, the field is absent from the definition (optional fields). */
  optional?: boolean;
  multiline?: boolean;
  /** Instead of setting the field alone (a code, which references follow). */
  onChange?: (value: string | undefined) => void;
};

/** A text field of the definition: a code, a title, a question or answer text, a wording for the results. */
export function TextSetting({ path, label, hint, optional = false, multiline = false, onChange }: Props) {
  const hintId = hint ? `${fieldIdOf(path)}-uitleg` : undefined;
  const field = useField(path, hintId);
  const value = typeof field.value === 'string' ? field.value : '';
  const update = (text: string) => {
    const next = optional && text.trim() === '' ? undefined : text;
    if (onChange) onChange(next);
    else field.set(next);
  };
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...field.inputProps} rows={2} value={value} readOnly={field.readOnly} onChange={(e) => update(e.target.value)} />
      ) : (
        <input {...field.inputProps} type="text" value={value} readOnly={field.readOnly} onChange={(e) => update(e.target.value)} />
      )}
      <FieldMessages path={path} />
    </div>
  );
}
