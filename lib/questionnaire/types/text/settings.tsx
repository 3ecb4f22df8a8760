'use client';

import { useTranslations } from 'next-intl';
import type { TextQuestion } from './type';
import { NumberSetting } from '@/lib/questionnaire/types/editing/number-setting';
import type { SettingsProps } from '@/lib/questionnaire/types/editing/settings-props';

/** A free text: how long it may be. */
function TextSettings({ path }: SettingsProps<TextQuestion>) {
  const t = useTranslations('editor.fields');
  return <NumberSetting path={[...path, 'maxLength']} label={t('maxLength')} />;
}

export default TextSettings;
