'use client';

import { useTranslations } from 'next-intl';
import { findQuestion, followUpsNameOf, type Definition } from '@/lib/questionnaire/definition';
import type { Answers } from '@/lib/questionnaire/visibility';
import { optionList } from '@/lib/respondent/condition-text';
import { keptBackNotices } from '@/lib/respondent/kept-answers';

/** Per choice question code, the sentence saying which answers its current choice holds back. */
export function useKeptBackNotes(definition: Definition, answers: Answers): Map<string, string> {
  const t = useTranslations('respondent');
  const or = t('printPage.or');
  return new Map(
    keptBackNotices(definition, answers).map((notice) => {
      const question = findQuestion(definition, notice.question);
      const named = question ? followUpsNameOf(question) : undefined;
      const followUps = named ?? t('keptBack.followUps', { count: notice.count });
      const showing = optionList(notice.showing, or);
      const sentence = notice.chosen
        ? t('keptBack.chosen', { followUps, chosen: optionList([notice.chosen], or), showing })
        : t('keptBack.notChosen', { followUps, showing });
      return [notice.question, sentence];
    }),
  );
}
