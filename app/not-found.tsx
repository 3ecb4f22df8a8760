import { getTranslations } from 'next-intl/server';

export default async function NotFound() {
  const t = await getTranslations('common.notFound');
  return (
    <main id="main" className="container narrow">
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
    </main>
  );
}
