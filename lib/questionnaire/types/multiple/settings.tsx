'use client';

import { useTranslations } from 'next-intl';
import type { MultipleChoiceQuestion } from './type';
import { NumberSetting } from '@/lib/questionnaire/types/editing/number-setting';
import { AtLeastOneSettings } from '../choice/at-least-one-settings';
import { ChoiceWording } from '../choice/choice-wording';
import { OptionsEditor } from '../choice/options-editor';
import type { SettingsProps } from '@/lib/questionnaire/types/editing/settings-props';

/** More choices: at most N of them, options that exclude the others, and the result line for "at least one other". */
function MultipleSettings({ path, question }: SettingsProps<MultipleChoiceQuestion>) {
  const t = useTranslations('editor.fields');
  return (
    <>
      <NumberSetting path={[...path, 'maxChoices']} label={t('maxChoices')} hint={t('maxChoicesHint')} />
      <OptionsEditor path={path} options={question.options} exclusive />
      <ChoiceWording path={path} />
      <AtLeastOneSettings path={path} />
    </>
  );
}

export default MultipleSettings;
