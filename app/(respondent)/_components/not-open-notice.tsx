import { getFormatter, getTranslations } from 'next-intl/server';

/**
 * A link to an edition that has not opened yet (a concept, or opened by an
 * admin with its opening moment ahead): saying "closed" there would tell the
 * library it is too late.
 */
export async function NotOpenNotice({ opensAt }: { opensAt: Date | null }) {
  const t = await getTranslations('respondent.notOpen');
  const format = await getFormatter();
  return (
    <div className="alert warning">
      <h1>{t('title')}</h1>
      <p>{opensAt ? t('opensAt', { date: format.dateTime(opensAt, { dateStyle: 'long', timeStyle: 'short' }) }) : t('later')}</p>
    </div>
  );
}
