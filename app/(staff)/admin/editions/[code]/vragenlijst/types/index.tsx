'use client';

import type { ComponentType } from 'react';
import { settingsComponents } from '@/lib/questionnaire/types/registry/editor';
import type { SettingsProps } from '@/lib/questionnaire/types/editing/settings-props';

/** The fields of a question's type in the editor (its type folder's settings.tsx). */
export function TypeSettings(props: SettingsProps) {
  const Settings = settingsComponents[props.question.type] as ComponentType<SettingsProps>;
  return <Settings {...props} />;
}
