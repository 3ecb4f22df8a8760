'use client';

import { useTranslations } from 'next-intl';
import { START_TEXT_KEYS } from '@/lib/questionnaire/start-page';
import { fieldIdOf } from '@/lib/questionnaire/types/editing/model/field-ids';
import { TextSetting } from '@/lib/questionnaire/types/editing/text-setting';

/**
 * The start page's texts (definition.startPage): wording, so editable after
 * opening too. An emptied field leaves the text out, and the start page then
 * shows the default.
 */
export function StartPageEditor() {
  const t = useTranslations('editor.startPage');
  const id = fieldIdOf(['startPage']);
  return (
    <section className="card" aria-labelledby={`${id}-titel`}>
      <h2 id={`${id}-titel`}>{t('title')}</h2>
      <p className="hint">{t('intro')}</p>
      {START_TEXT_KEYS.map((key) => (
        <TextSetting key={key} path={['startPage', key]} label={t(`fields.${key}`)} optional multiline />
      ))}
    </section>
  );
}
