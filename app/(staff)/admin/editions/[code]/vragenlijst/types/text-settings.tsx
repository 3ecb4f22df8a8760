'use client';

import { useTranslations } from 'next-intl';
import type { TextQuestion } from '@/lib/questionnaire/types/text';
import { NumberSetting } from '../editor/number-setting';
import type { SettingsProps } from './settings-props';

/** A free text: how long it may be. */
export function TextSettings({ path }: SettingsProps<TextQuestion>) {
  const t = useTranslations('editor.fields');
  return <NumberSetting path={[...path, 'maxLength']} label={t('maxLength')} />;
}
