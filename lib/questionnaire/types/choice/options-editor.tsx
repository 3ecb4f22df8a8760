'use client';

import { useTranslations } from 'next-intl';
import type { Option } from '@/lib/questionnaire/definition';
import { useEditor, useField } from '@/lib/questionnaire/types/editing/editor-context';
import { FieldMessages } from '@/lib/questionnaire/types/editing/field-messages';
import { actionIds } from '@/lib/questionnaire/types/editing/item-actions';
import { fieldIdOf } from '@/lib/questionnaire/types/editing/model/field-ids';
import { appendItem, newOption } from '@/lib/questionnaire/types/editing/model/items';
import type { Path } from '@/lib/questionnaire/types/editing/model/paths';
import { OptionEditor } from './option-editor';

/** The options of a choice question, in the order the library sees them. `exclusive`: options may exclude the others. */
export function OptionsEditor({ path, options, exclusive }: { path: Path; options: readonly Option[]; exclusive: boolean }) {
  const t = useTranslations('editor');
  const { locked, change } = useEditor();
  const listPath = [...path, 'options'];
  const list = useField(listPath);
  const add = () => {
    const option = newOption(options);
    change((d) => appendItem(d, listPath, option), {
      focusId: fieldIdOf([...listPath, options.length, 'label']),
      announce: t('announce.added', { item: t('named.option', { code: option.code }) }),
    });
  };
  return (
    <fieldset className="editor-options" id={list.id} tabIndex={-1} aria-describedby={list.inputProps['aria-describedby']}>
      <legend>{t('fields.options')}</legend>
      <FieldMessages path={listPath} />
      {options.map((_, index) => (
        <OptionEditor key={index} questionPath={path} index={index} count={options.length} exclusive={exclusive} />
      ))}
      {!locked && (
        <button type="button" className="secondary" id={actionIds.add(listPath)} onClick={add}>
          {t('actions.addOption')}
        </button>
      )}
    </fieldset>
  );
}
