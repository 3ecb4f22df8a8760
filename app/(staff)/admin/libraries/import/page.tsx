import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requireStaffPage } from '@/lib/auth/guard';
import { IMPORT_MAX_BYTES } from '@/lib/libraries/forms';
import { ImportForm } from './import-form';
import '../libraries.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('libraries.register');
  return { title: t('importTitle') };
}

export default async function ImportLibrariesPage() {
  await requireStaffPage('admin');
  const t = await getTranslations('libraries.register');
  return (
    <main id="main" className="container">
      <p>
        <Link href="/admin/libraries">{t('back')}</Link>
      </p>
      <h1>{t('importTitle')}</h1>
      <p>{t('importIntro')}</p>
      <section className="card">
        <ImportForm maxBytes={IMPORT_MAX_BYTES} />
      </section>
    </main>
  );
}
