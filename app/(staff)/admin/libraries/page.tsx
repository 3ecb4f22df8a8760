import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { hasRole, requireStaffPage } from '@/lib/auth/guard';
import { provinces } from '@/lib/libraries/provinces';
import { listLibraries } from '@/lib/libraries/queries';
import { LibrariesTable } from './libraries-table';
import { SearchForm } from './search-form';
import { parseLibrarySearch } from './search-params';
import './libraries.css';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('libraries.register');
  return { title: t('title') };
}

/** The register: everyone on staff reads it, admins change it (on the pages linked from here). */
export default async function LibrariesPage({ searchParams }: Props) {
  const user = await requireStaffPage('coordinator');
  const t = await getTranslations('libraries.register');
  const search = parseLibrarySearch(await searchParams);
  const libraries = listLibraries({ db: getDb(), search: search.q, province: search.province, status: search.status });
  const canEdit = hasRole(user.role, 'admin');
  return (
    <main id="main" className="container">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {canEdit ? (
        <p className="library-actions">
          <Link className="button" href="/admin/libraries/new">
            {t('add')}
          </Link>
          <Link className="button secondary" href="/admin/libraries/import">
            {t('import')}
          </Link>
        </p>
      ) : (
        <p className="hint">{t('readOnly')}</p>
      )}
      <SearchForm provinces={provinces} search={search} />
      <LibrariesTable libraries={libraries} canEdit={canEdit} />
    </main>
  );
}
