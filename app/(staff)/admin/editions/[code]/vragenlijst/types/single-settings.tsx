'use client';

import type { SingleChoiceQuestion } from '@/lib/questionnaire/types/single';
import { ChoiceWording } from './choice-wording';
import { OptionsEditor } from './options-editor';
import type { SettingsProps } from './settings-props';

/** One choice: its options (none can exclude others: only one is picked anyway). */
export function SingleSettings({ path, question }: SettingsProps<SingleChoiceQuestion>) {
  return (
    <>
      <OptionsEditor path={path} options={question.options} exclusive={false} />
      <ChoiceWording path={path} />
    </>
  );
}
