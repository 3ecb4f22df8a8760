'use client';

import { useTranslations } from 'next-intl';
import { useField } from '@/lib/questionnaire/types/editing/editor-context';
import { FieldMessages } from '@/lib/questionnaire/types/editing/field-messages';
import { NumberSetting } from '@/lib/questionnaire/types/editing/number-setting';
import { TextSetting } from '@/lib/questionnaire/types/editing/text-setting';
import type { SettingsProps } from '@/lib/questionnaire/types/editing/settings-props';
import type { ScaleQuestion } from './type';
import { pointsOf } from './points';

/** A scale: its number of points, the ends' labels, optionally every point's label and the answer beside the scale. */
function ScaleSettings({ path, question }: SettingsProps<ScaleQuestion>) {
  const t = useTranslations('editor.fields');
  const labelsPath = [...path, 'pointLabels'];
  const labels = useField(labelsPath);
  const labelEach = Array.isArray(labels.value);
  return (
    <>
      <NumberSetting path={[...path, 'points']} label={t('points')} hint={t('pointsHint')} />
      <div className="editor-row">
        <TextSetting path={[...path, 'lowLabel']} label={t('lowLabel')} />
        <TextSetting path={[...path, 'highLabel']} label={t('highLabel')} />
      </div>
      <div className="field editor-check">
        <input
          {...labels.inputProps}
          type="checkbox"
          checked={labelEach}
          disabled={labels.readOnly}
          onChange={(e) =>
            labels.set(
              e.target.checked
                ? pointsOf(question).map((point) => (point === 1 ? question.lowLabel : point === question.points ? question.highLabel : ''))
                : undefined,
            )
          }
        />
        <label htmlFor={labels.id}>{t('pointLabels')}</label>
        <FieldMessages path={labelsPath} />
      </div>
      {labelEach &&
        pointsOf(question).map((point) => <TextSetting key={point} path={[...labelsPath, point - 1]} label={t('pointLabel', { point })} />)}
      <TextSetting path={[...path, 'dontKnow']} label={t('dontKnow')} hint={t('dontKnowHint')} optional />
    </>
  );
}

export default ScaleSettings;
