import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaffPage } from '@/lib/auth/guard';
import { provinces } from '@/lib/libraries/provinces';
import { getLibrary } from '@/lib/libraries/queries';
import { LibraryForm } from '../library-form';
import { SetActiveForm } from '../set-active-form';
import { sizeClassOptions } from '@/lib/libraries/messages';

type Props = { params: Promise<{ id: string }> };

async function load(params: Props['params']) {
  const { id } = await params;
  return /^\d{1,12}$/.test(id) ? await getLibrary({ db: getDb(), id: Number(id) }) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const library = await load(params);
  const t = await getTranslations('libraries.register');
  return { title: library ? t('editTitle', { name: library.name }) : t('title') };
}

export default async function EditLibraryPage({ params }: Props) {
  await requireStaffPage('admin');
  const library = await load(params);
  if (!library) notFound();
  const t = await getTranslations('libraries.register');
  const format = await getFormatter();
  return (
    <main id="main" className="container">
      <p>
        <Link href="/admin/libraries">{t('back')}</Link>
      </p>
      <h1>{library.name}</h1>
      <section className="card">
        <LibraryForm
          provinces={provinces}
          sizeClasses={sizeClassOptions()}
          library={{
            id: library.id,
            name: library.name,
            province: library.province,
            email: library.email,
            sizeClass: library.sizeClass ?? '',
          }}
        />
      </section>
      <section className="card" aria-labelledby="library-status-title">
        <h2 id="library-status-title">{t('statusTitle')}</h2>
        <p>
          {library.deactivatedAt
            ? t('inactiveBody', { date: format.dateTime(library.deactivatedAt, { dateStyle: 'long' }) })
            : t('activeBody')}
        </p>
        <SetActiveForm libraryId={library.id} active={!library.deactivatedAt} />
      </section>
    </main>
  );
}
