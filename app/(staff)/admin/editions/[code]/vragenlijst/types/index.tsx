'use client';

import type { ComponentType } from 'react';
import type { Question } from '@/lib/questionnaire/definition';
import { MultipleSettings } from './multiple-settings';
import { NumberSettings } from './number-settings';
import type { SettingsProps } from './settings-props';
import { SingleSettings } from './single-settings';
import { TextSettings } from './text-settings';

/**
 * The fields of each question type in the editor, by the type's name (the
 * type itself: lib/questionnaire/types/). A new type adds its component here
 * and its entries in fresh.ts.
 */
const settings: { [Name in Question['type']]: ComponentType<SettingsProps<Extract<Question, { type: Name }>>> } = {
  single: SingleSettings,
  multiple: MultipleSettings,
  number: NumberSettings,
  text: TextSettings,
};

export function TypeSettings(props: SettingsProps) {
  const Settings = settings[props.question.type] as ComponentType<SettingsProps>;
  return <Settings {...props} />;
}
