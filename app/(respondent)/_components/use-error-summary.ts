'use client';

import { useState } from 'react';
import { useFormState, type UseFormReturn } from 'react-hook-form';
import type { Definition } from '@/lib/questionnaire/definition';
import type { PostedForm } from '@/lib/respondent/form-post-state';
import type { FormValues } from '@/lib/respondent/form-values';
import { questionOfKey } from '@/lib/respondent/pages';
import type { SummaryEntry } from './error-summary';
import { fieldKindOf } from './fields';

/**
 * The error summary's entries: the fields taken at Volgende/submit (or from a
 * post without JavaScript). No entry is added while the user fixes them, so
 * the page does not jump under their pointer; an entry goes as soon as its
 * field's error does, and the summary with the last one.
 */
export function useErrorSummary(definition: Definition, form: UseFormReturn<FormValues>, posted: PostedForm | null) {
  const entryOf = (key: string, message: unknown): SummaryEntry[] => {
    const question = questionOfKey(definition, key);
    if (typeof message !== 'string' || !question) return [];
    return [{ key, message, targetId: fieldKindOf(question).focusTargetId(question, key) }];
  };
  const [entries, setEntries] = useState<SummaryEntry[]>(() => posted?.errors.flatMap((e) => entryOf(e.key, e.message)) ?? []);
  const { errors } = useFormState({ control: form.control });
  const open = entries.flatMap((entry) => {
    // Read from the form, whose errors are current where this hook's copy can
    // lag; the hook is there to render again when they change.
    const message = errors && form.getFieldState(entry.key).error?.message;
    return typeof message === 'string' ? [{ ...entry, message }] : [];
  });
  return {
    open,
    /** Takes the current errors of these fields as the summary's entries. */
    summarise: (keys: string[]) => setEntries(keys.flatMap((key) => entryOf(key, form.getFieldState(key).error?.message))),
    clear: () => setEntries([]),
  };
}
