'use client';

/** Small pieces shared by the staff forms: per-field errors tied to their input, and the form's outcome. */
export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p className="field-error" id={id}>
      {messages.join(' ')}
    </p>
  );
}

export type FormState = { ok: boolean; message?: string; errors?: Record<string, string[]> } | null;

export function fieldProps(state: FormState, name: string, idPrefix: string) {
  const errors = state && !state.ok ? state.errors?.[name] : undefined;
  return errors?.length ? { 'aria-invalid': true, 'aria-describedby': `${idPrefix}-${name}-error` } : {};
}

export function FormOutcome({ state }: { state: FormState }) {
  if (!state?.message) return null;
  return (
    <div className={`alert ${state.ok ? 'success' : 'error'}`} role={state.ok ? 'status' : 'alert'}>
      {state.message}
    </div>
  );
}
