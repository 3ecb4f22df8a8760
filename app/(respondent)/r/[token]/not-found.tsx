import { getTranslations } from 'next-intl/server';

// Deliberately generic: the page never repeats the token it was given.
export default async function InvitationNotFound() {
  const t = await getTranslations('respondent.notFound');
  return (
    <div className="card">
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
    </div>
  );
}
