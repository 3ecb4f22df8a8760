import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Library } from '@/lib/libraries/queries';
import { sizeClassLabel } from '@/lib/libraries/messages';

export async function LibrariesTable({ libraries, canEdit }: { libraries: Library[]; canEdit: boolean }) {
  const t = await getTranslations('libraries.register');
  return (
    <div className="card table-scroll" role="region" aria-labelledby="libraries-list-title" tabIndex={0}>
      <h2 id="libraries-list-title">{t('listTitle')}</h2>
      <p>{t('count', { count: libraries.length })}</p>
      {libraries.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('province')}</th>
              <th scope="col">{t('email')}</th>
              <th scope="col">{t('sizeClass')}</th>
              <th scope="col">{t('status')}</th>
            </tr>
          </thead>
          <tbody>
            {libraries.map((library) => (
              <tr key={library.id}>
                <th scope="row">
                  {canEdit ? (
                    <Link href={`/admin/libraries/${library.id}`} aria-label={t('editLabel', { name: library.name })}>
                      {library.name}
                    </Link>
                  ) : (
                    library.name
                  )}
                </th>
                <td>{library.province}</td>
                <td>{library.email}</td>
                <td>{library.sizeClass ? sizeClassLabel(library.sizeClass) : '–'}</td>
                <td>{library.deactivatedAt ? <span className="status-disabled">{t('inactive')}</span> : t('active')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
