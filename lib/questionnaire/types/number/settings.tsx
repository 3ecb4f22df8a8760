'use client';

import { useTranslations } from 'next-intl';
import numberQuestion, { type NumberQuestion } from './type';
import { CheckSetting } from '@/lib/questionnaire/types/editing/check-setting';
import { useEditor, useField } from '@/lib/questionnaire/types/editing/editor-context';
import { FieldMessages } from '@/lib/questionnaire/types/editing/field-messages';
import { NumberSetting } from '@/lib/questionnaire/types/editing/number-setting';
import { questionChoiceLabel } from '@/lib/questionnaire/types/editing/question-choice';
import { TextSetting } from '@/lib/questionnaire/types/editing/text-setting';
import type { SettingsProps } from '@/lib/questionnaire/types/editing/settings-props';

/** A number: its limits, whole or not, its unit, and an earlier number question it may not exceed. */
function NumberSettings({ path, question, position }: SettingsProps<NumberQuestion>) {
  const t = useTranslations('editor.fields');
  const { definition } = useEditor();
  const atMostPath = [...path, 'atMost'];
  const atMost = useField(atMostPath);
  const earlier = definition.pages
    .flatMap((page) => page.questions)
    .slice(0, position)
    .filter((q) => numberQuestion.is(q));
  return (
    <>
      <div className="editor-row">
        <NumberSetting path={[...path, 'min']} label={t('min')} />
        <NumberSetting path={[...path, 'max']} label={t('max')} />
      </div>
      <CheckSetting path={[...path, 'integer']} label={t('integer')} whenOff={false} />
      <TextSetting path={[...path, 'unit']} label={t('unit')} optional />
      <div className="field">
        <label htmlFor={atMost.id}>{t('atMost')}</label>
        <select
          {...atMost.inputProps}
          value={question.atMost ?? ''}
          disabled={atMost.readOnly}
          onChange={(e) => atMost.set(e.target.value || undefined)}
        >
          <option value="">{t('noAtMost')}</option>
          {earlier.map((q, i) => (
            <option key={i} value={q.code}>
              {questionChoiceLabel(q)}
            </option>
          ))}
          {question.atMost && !earlier.some((q) => q.code === question.atMost) && (
            <option value={question.atMost}>{question.atMost}</option>
          )}
        </select>
        <FieldMessages path={atMostPath} />
      </div>
    </>
  );
}

export default NumberSettings;
