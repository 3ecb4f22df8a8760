'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { LibraryAttributeSelect } from '@/app/(staff)/library-attribute-select';
import { FieldError, FormOutcome, fieldProps, type FormState } from '../../form-parts';
import { createLibraryAction, updateLibraryAction, type LibraryFormState, type LibraryValues } from './actions';

type Props = {
  provinces: readonly string[];
  sizeClasses: { value: string; label: string }[];
  /** Editing an existing library; without it the form adds one. */
  library?: LibraryValues & { id: number };
};

/** Add or edit a library. A refused form comes back with what was typed and a message at each field. */
export function LibraryForm({ provinces, sizeClasses, library }: Props) {
  const t = useTranslations('libraries.register');
  const [state, formAction, pending] = useActionState(library ? updateLibraryAction : createLibraryAction, null);
  const s = state as LibraryFormState | null;
  const values = s?.values ?? library ?? { name: '', province: '', email: '', sizeClass: '' };
  const errors = s && !s.ok ? s.errors : undefined;
  const describedBy = (name: string, hint?: string) =>
    [hint, errors?.[name]?.length ? `library-${name}-error` : undefined].filter(Boolean).join(' ') || undefined;
  // After adding, the form is empty again for the next library (the state's values are the added one's).
  const shown = !library && s?.ok ? { name: '', province: '', email: '', sizeClass: '' } : values;
  return (
    <form action={formAction} className="staff-form" noValidate aria-labelledby="library-form-title">
      <h2 id="library-form-title">{library ? t('editTitle', { name: library.name }) : t('newTitle')}</h2>
      <FormOutcome state={s as FormState} />
      {s?.ok && !library && (
        <p>
          <Link href={`/admin/libraries/${s.libraryId}`}>{t('editLabel', { name: s.values.name })}</Link>
        </p>
      )}
      {library && <input type="hidden" name="libraryId" value={library.id} />}
      <div className="field">
        <label htmlFor="library-name">{t('name')}</label>
        <input
          id="library-name"
          name="name"
          type="text"
          autoComplete="off"
          required
          defaultValue={shown.name}
          key={`name-${shown.name}`}
          {...fieldProps(s, 'name', 'library')}
        />
        <FieldError id="library-name-error" messages={errors?.name} />
      </div>
      <div className="field">
        <label htmlFor="library-province">{t('province')}</label>
        <LibraryAttributeSelect
          id="library-province"
          name="province"
          required
          defaultValue={shown.province}
          key={`province-${shown.province}`}
          {...fieldProps(s, 'province', 'library')}
          emptyLabel="–"
          options={provinces}
        />
        <FieldError id="library-province-error" messages={errors?.province} />
      </div>
      <div className="field">
        <label htmlFor="library-email">{t('email')}</label>
        <input
          id="library-email"
          name="email"
          type="email"
          autoComplete="off"
          required
          defaultValue={shown.email}
          key={`email-${shown.email}`}
          {...fieldProps(s, 'email', 'library')}
        />
        <FieldError id="library-email-error" messages={errors?.email} />
      </div>
      <div className="field">
        <label htmlFor="library-sizeClass">{t('sizeClass')}</label>
        <p className="hint" id="library-sizeClass-hint">
          {t('sizeClassHint')}
        </p>
        <LibraryAttributeSelect
          id="library-sizeClass"
          name="sizeClass"
          defaultValue={shown.sizeClass}
          key={`sizeClass-${shown.sizeClass}`}
          {...fieldProps(s, 'sizeClass', 'library')}
          aria-describedby={describedBy('sizeClass', 'library-sizeClass-hint')}
          emptyLabel={t('noSizeClass')}
          options={sizeClasses}
        />
        <FieldError id="library-sizeClass-error" messages={errors?.sizeClass} />
      </div>
      <button type="submit" disabled={pending}>
        {library ? t('save') : t('create')}
      </button>
    </form>
  );
}
