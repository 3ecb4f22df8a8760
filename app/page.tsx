import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function HomePage() {
  const t = await getTranslations('common.home');
  return (
    <main id="main" className="container narrow">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p>{t('staff')}</p>
      <p>
        <Link className="button" href="/login">
          {t('signIn')}
        </Link>
      </p>
    </main>
  );
}
