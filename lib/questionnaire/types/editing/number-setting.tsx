'use client';

import { useState } from 'react';
import { formatDutchNumber, parseDutchNumber } from '@/lib/figures/dutch-number';
import { fieldIdOf } from './model/field-ids';
import type { Path } from './model/paths';
import { useField } from './editor-context';
import { FieldMessages } from './field-messages';

/** The definition's value for what is typed: a number, nothing, or the text itself, which the schema then calls no number. */
function valueOf(text: string): number | string | undefined {
  return parseDutchNumber(text) ?? undefined;
}

function shown(value: unknown): string {
  if (typeof value === 'number') return formatDutchNumber(value);
  return typeof value === 'string' ? value : '';
}

/** A number of the definition (limits, at most N choices), typed the Dutch way ("12,5"). */
export function NumberSetting({ path, label, hint }: { path: Path; label: string; hint?: string }) {
  const hintId = hint ? `${fieldIdOf(path)}-uitleg` : undefined;
  const field = useField(path, hintId);
  // What was typed, as long as it still stands for the definition's value
  // ("12," while typing "12,5"); otherwise (the item moved) the value itself.
  const [text, setText] = useState(() => shown(field.value));
  const display = valueOf(text) === field.value ? text : shown(field.value);
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      <input
        {...field.inputProps}
        type="text"
        inputMode="decimal"
        className="editor-number"
        value={display}
        readOnly={field.readOnly}
        onChange={(e) => {
          setText(e.target.value);
          field.set(valueOf(e.target.value));
        }}
      />
      <FieldMessages path={path} />
    </div>
  );
}
