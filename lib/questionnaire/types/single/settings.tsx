'use client';

import type { SingleChoiceQuestion } from './type';
import { ChoiceWording } from '../choice/choice-wording';
import { OptionsEditor } from '../choice/options-editor';
import type { SettingsProps } from '@/lib/questionnaire/types/editing/settings-props';

/** One choice: its options (none can exclude others: only one is picked anyway). */
function SingleSettings({ path, question }: SettingsProps<SingleChoiceQuestion>) {
  return (
    <>
      <OptionsEditor path={path} options={question.options} exclusive={false} />
      <ChoiceWording path={path} />
    </>
  );
}

export default SingleSettings;
