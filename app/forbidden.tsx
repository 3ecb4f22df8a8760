import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/** Rendered with HTTP 403 when requireStaffPage() finds too low a role. */
export default async function Forbidden() {
  const t = await getTranslations('auth.forbidden');
  return (
    <main id="main" className="container narrow">
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <p>
        <Link href="/admin">{t('back')}</Link>
      </p>
    </main>
  );
}
