'use client';

import { useMemo, useRef } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { buildAnswersSchema, type ValidationMode } from '@/lib/questionnaire/answer-schema';
import type { Definition } from '@/lib/questionnaire/definition';
import { pruneAnswers } from '@/lib/questionnaire/visibility';
import type { PostedForm } from '@/lib/respondent/form-post-state';
import { answersToFormValues, formValuesToAnswers, type FormValues } from '@/lib/respondent/form-values';
import type { CurrentResponse } from '@/lib/responses/queries';

/**
 * The questionnaire's react-hook-form, validated in the browser with the
 * server's own schema: "submit" mode only while a page or the whole
 * questionnaire is being checked (`check`), "draft" while typing. Answers kept
 * back (hidden) are not checked: they are not sent.
 *
 * Messages appear only when Volgende or Versturen is pressed, with the error
 * summary, as GOV.UK's pattern has it: a message shown when a field is left
 * pushes the button below it down between the press and the release, and the
 * click is lost. Hence `mode: 'onSubmit'` (nothing on blur or change before
 * that; pages are checked with `check`, never RHF's handleSubmit, so
 * `reValidateMode` never applies). After a failed check, a field with a
 * message is checked again as it changes (questionnaire-form.tsx), so a fixed
 * answer loses its message while the person is still in it; a field without
 * one gains none until the next press.
 */
export function useAnswersForm(definition: Definition, answers: CurrentResponse['answers'], posted: PostedForm | null) {
  const schemas = useMemo(
    () => ({ draft: buildAnswersSchema(definition, 'draft'), submit: buildAnswersSchema(definition, 'submit') }),
    [definition],
  );
  const modeRef = useRef<ValidationMode>('draft');
  const resolver = useMemo<Resolver<FormValues>>(() => {
    const resolvers = { draft: zodResolver(schemas.draft), submit: zodResolver(schemas.submit) };
    return (values, context, options) =>
      resolvers[modeRef.current](
        pruneAnswers(definition, formValuesToAnswers(definition, values)) as Record<string, unknown>,
        context,
        options as never,
      ) as never;
  }, [definition, schemas]);

  // Posted as an ordinary form before the JavaScript ran (r/[token]/opslaan):
  // the server's verdict on the page comes back here. Once the page runs,
  // submitting is handled by the client and the form is never posted.
  const postedErrors = useMemo(
    () =>
      posted && posted.errors.length > 0
        ? Object.fromEntries(posted.errors.map((e) => [e.key, { type: 'server', message: e.message }]))
        : undefined,
    [posted],
  );

  const form = useForm<FormValues>({
    defaultValues: { ...answersToFormValues(definition, answers), ...posted?.values },
    errors: postedErrors,
    resolver,
    mode: 'onSubmit',
  });

  /** Checks the given fields as a submit would (required and all); errors appear at the fields. */
  const check = async (keys: string[]) => {
    modeRef.current = 'submit';
    try {
      return await form.trigger(keys);
    } finally {
      modeRef.current = 'draft';
    }
  };

  return { form, schemas, check };
}
