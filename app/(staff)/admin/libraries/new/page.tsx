import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requireStaffPage } from '@/lib/auth/guard';
import { provinces } from '@/lib/libraries/provinces';
import { LibraryForm } from '../library-form';
import { sizeClassOptions } from '@/lib/libraries/messages';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('libraries.register');
  return { title: t('newTitle') };
}

export default async function NewLibraryPage() {
  await requireStaffPage('admin');
  const t = await getTranslations('libraries.register');
  return (
    <main id="main" className="container">
      <p>
        <Link href="/admin/libraries">{t('back')}</Link>
      </p>
      <h1>{t('newTitle')}</h1>
      <section className="card">
        <LibraryForm provinces={provinces} sizeClasses={sizeClassOptions()} />
      </section>
    </main>
  );
}
