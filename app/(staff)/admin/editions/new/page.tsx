import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaffPage } from '@/lib/auth/guard';
import { listEditions } from '@/lib/editions/queries';
import { CreateEditionForm } from './create-edition-form';
import '../editions.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('editions.new');
  return { title: t('title') };
}

/** The school year after `code` ("2022-2023" → "2023-2024"), as the form's suggestion. */
function nextSchoolYear(code: string | undefined): string {
  const match = code ? /^(\d{4})-(\d{4})$/.exec(code) : null;
  return match ? `${Number(match[1]) + 1}-${Number(match[2]) + 1}` : '';
}

export default async function NewEditionPage() {
  await requireStaffPage('admin');
  const t = await getTranslations('editions.new');
  const editions = (await listEditions({ db: getDb() })).reverse();
  return (
    <main id="main" className="container">
      <p>
        <Link href="/admin/editions">{t('back')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <section className="card">
        <CreateEditionForm
          sources={editions.map((e) => ({ code: e.code, title: e.title }))}
          suggestedCode={nextSchoolYear(editions[0]?.code)}
        />
      </section>
    </main>
  );
}
