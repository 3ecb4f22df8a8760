import { getTranslations } from 'next-intl/server';

/** A valid link to an edition still in preparation (concept): invited early, answered once it opens. */
export async function NotOpenYet() {
  const t = await getTranslations('respondent.notOpenYet');
  return (
    <div className="alert warning">
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
    </div>
  );
}
