'use client';

import { useTranslations } from 'next-intl';
import { TextSetting } from '@/lib/questionnaire/types/editing/text-setting';
import type { Path } from '@/lib/questionnaire/types/editing/model/paths';

/** The wording of a choice question beyond its options: how its follow-up questions are named, and its result sentence. */
export function ChoiceWording({ path }: { path: Path }) {
  const t = useTranslations('editor.fields');
  return (
    <>
      <TextSetting path={[...path, 'followUpsName']} label={t('followUpsName')} hint={t('followUpsNameHint')} optional />
      <TextSetting path={[...path, 'resultSentence']} label={t('resultSentence')} hint={t('resultSentenceHint')} optional />
    </>
  );
}
