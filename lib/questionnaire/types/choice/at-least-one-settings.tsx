'use client';

import { useTranslations } from 'next-intl';
import { useEditor } from '@/lib/questionnaire/types/editing/editor-context';
import { FieldMessages } from '@/lib/questionnaire/types/editing/field-messages';
import { TextSetting } from '@/lib/questionnaire/types/editing/text-setting';
import { fieldIdOf } from '@/lib/questionnaire/types/editing/model/field-ids';
import { getAt, setAt, type Path } from '@/lib/questionnaire/types/editing/model/paths';

/** The optional result line "Ervaart een of meer knelpunten": both its label and sentence, or neither. */
export function AtLeastOneSettings({ path }: { path: Path }) {
  const t = useTranslations('editor.fields');
  const { change } = useEditor();
  const base = [...path, 'resultAtLeastOne'];
  const hintId = `${fieldIdOf(base)}-uitleg`;
  const setPart = (key: 'label' | 'sentence') => (value: string | undefined) =>
    change((d) => {
      const next = setAt(d, [...base, key], value);
      const rest = getAt(next, base);
      // Both emptied: the line is gone, rather than an empty object the schema refuses.
      return rest && typeof rest === 'object' && Object.keys(rest).length === 0 ? setAt(next, base, undefined) : next;
    });
  return (
    <fieldset className="editor-subgroup" id={fieldIdOf(base)} tabIndex={-1} aria-describedby={hintId}>
      <legend>{t('atLeastOne')}</legend>
      <p className="hint" id={hintId}>
        {t('atLeastOneHint')}
      </p>
      <FieldMessages path={base} />
      <TextSetting path={[...base, 'label']} label={t('atLeastOneLabel')} optional onChange={setPart('label')} />
      <TextSetting path={[...base, 'sentence']} label={t('atLeastOneSentence')} optional onChange={setPart('sentence')} />
    </fieldset>
  );
}
