'use client';

import { useTranslations } from 'next-intl';
import type { Question } from '@/lib/questionnaire/definition';
import { questionTypes } from '@/lib/questionnaire/types';
import { changeType } from '../model/change-type';
import { fieldIdOf } from '@/lib/questionnaire/types/editing/model/field-ids';
import type { Path } from '@/lib/questionnaire/types/editing/model/paths';
import { useEditor, useField } from '@/lib/questionnaire/types/editing/editor-context';
import { FieldMessages } from '@/lib/questionnaire/types/editing/field-messages';

const typeNames = Object.keys(questionTypes) as Question['type'][];

/** The question's type; another type keeps what every question has and starts its own fields afresh (model/change-type.ts). */
export function TypeSelect({ path, question }: { path: Path; question: Question }) {
  const t = useTranslations('editor');
  const { change } = useEditor();
  const typePath = [...path, 'type'];
  const hintId = `${fieldIdOf(typePath)}-uitleg`;
  const field = useField(typePath, hintId);
  return (
    <div className="field">
      <label htmlFor={field.id}>{t('fields.type')}</label>
      <p className="hint" id={hintId}>
        {t('fields.typeHint')}
      </p>
      <select
        {...field.inputProps}
        value={question.type}
        disabled={field.readOnly}
        onChange={(e) => change((d) => changeType(d, path, e.target.value as Question['type']))}
      >
        {typeNames.map((name) => (
          <option key={name} value={name}>
            {t(`types.${name}`)}
          </option>
        ))}
      </select>
      <FieldMessages path={typePath} />
    </div>
  );
}
