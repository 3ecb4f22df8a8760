'use client';

import { useTranslations } from 'next-intl';
import { useField } from '@/app/(staff)/admin/editions/[code]/vragenlijst/editor/editor-context';
import { FieldMessages } from '@/app/(staff)/admin/editions/[code]/vragenlijst/editor/field-messages';
import { NumberSetting } from '@/app/(staff)/admin/editions/[code]/vragenlijst/editor/number-setting';
import { TextSetting } from '@/app/(staff)/admin/editions/[code]/vragenlijst/editor/text-setting';
import type { SettingsProps } from '@/app/(staff)/admin/editions/[code]/vragenlijst/types/settings-props';
import type { ScaleQuestion } from './type';
import { pointsOf } from './points';

/** A scale: its number of points, the ends' labels, optionally every point's label and the answer beside the scale. */
export function ScaleSettings({ path, question }: SettingsProps<ScaleQuestion>) {
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
            labels.set(e.target.checked ? pointsOf(question).map((point) => (point === 1 ? question.lowLabel : point === question.points ? question.highLabel : '')) : undefined)
          }
        />
        <label htmlFor={labels.id}>{t('pointLabels')}</label>
        <FieldMessages path={labelsPath} />
      </div>
      {labelEach &&
        pointsOf(question).map((point) => (
          <TextSetting key={point} path={[...labelsPath, point - 1]} label={t('pointLabel', { point })} />
        ))}
      <TextSetting path={[...path, 'dontKnow']} label={t('dontKnow')} hint={t('dontKnowHint')} optional />
    </>
  );
}

export default ScaleSettings;
