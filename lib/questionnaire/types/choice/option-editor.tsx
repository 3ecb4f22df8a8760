'use client';

import { useTranslations } from 'next-intl';
import type { Option } from '@/lib/questionnaire/definition';
import { CheckSetting } from '@/lib/questionnaire/types/editing/check-setting';
import { useEditor } from '@/lib/questionnaire/types/editing/editor-context';
import { FieldMessages } from '@/lib/questionnaire/types/editing/field-messages';
import { ItemActions } from '@/lib/questionnaire/types/editing/item-actions';
import { TextSetting } from '@/lib/questionnaire/types/editing/text-setting';
import { fieldIdOf } from '@/lib/questionnaire/types/editing/model/field-ids';
import { getAt, type Path } from '@/lib/questionnaire/types/editing/model/paths';
import { setOptionCode } from '@/lib/questionnaire/types/editing/model/option-code';

type Props = { questionPath: Path; index: number; count: number; exclusive: boolean };

/** One option of a choice question: its code, text and flags, and its wording in the results. */
export function OptionEditor({ questionPath, index, count, exclusive }: Props) {
  const t = useTranslations('editor');
  const { definition, change } = useEditor();
  const listPath = [...questionPath, 'options'];
  const path = [...listPath, index];
  const option = getAt(definition, path) as Option;
  const id = fieldIdOf(path);
  const code = option.code || t('noCode');
  return (
    <div className="editor-option" role="group" aria-labelledby={`${id}-titel`} id={id} tabIndex={-1}>
      <div className="editor-item-head">
        <h4 id={`${id}-titel`}>{t('option', { number: index + 1, code })}</h4>
        <ItemActions kind="option" listPath={listPath} index={index} count={count} name={t('named.option', { code })} />
      </div>
      <FieldMessages path={path} />
      <div className="editor-row">
        <TextSetting
          path={[...path, 'code']}
          label={t('fields.optionCode')}
          onChange={(value) => change((d) => setOptionCode(d, questionPath, index, value ?? ''))}
        />
        <TextSetting path={[...path, 'label']} label={t('fields.optionLabel')} />
      </div>
      {exclusive && <CheckSetting path={[...path, 'exclusive']} label={t('fields.exclusive')} whenOff={undefined} />}
      <CheckSetting path={[...path, 'other']} label={t('fields.other')} whenOff={undefined} />
      <TextSetting path={[...path, 'resultPhrase']} label={t('fields.resultPhrase')} optional />
    </div>
  );
}
