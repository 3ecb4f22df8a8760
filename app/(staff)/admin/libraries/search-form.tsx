import { getTranslations } from 'next-intl/server';
import { LibraryAttributeSelect } from '@/app/(staff)/library-attribute-select';
import type { LibrarySearch } from './search-params';

/** A plain GET form: the search lives in the URL and works without JavaScript. */
export async function SearchForm({ provinces, search }: { provinces: readonly string[]; search: LibrarySearch }) {
  const t = await getTranslations('libraries.register.search');
  return (
    <form method="get" action="/admin/libraries" className="card library-search" role="search" aria-labelledby="library-search-legend">
      <fieldset>
        <legend id="library-search-legend">{t('legend')}</legend>
        <div className="field">
          <label htmlFor="search-name">{t('name')}</label>
          <input id="search-name" name="q" type="search" maxLength={200} defaultValue={search.q ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="search-province">{t('province')}</label>
          <LibraryAttributeSelect
            id="search-province"
            name="provincie"
            defaultValue={search.province ?? ''}
            emptyLabel={t('allProvinces')}
            options={provinces}
          />
        </div>
        <div className="field">
          <label htmlFor="search-status">{t('status')}</label>
          <select id="search-status" name="status" defaultValue={search.status}>
            {(['all', 'active', 'inactive'] as const).map((status) => (
              <option key={status} value={status}>
                {t(`statuses.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="library-search-actions">
          <button type="submit">{t('apply')}</button>
          <a className="button secondary" href="/admin/libraries">
            {t('reset')}
          </a>
        </div>
      </fieldset>
    </form>
  );
}
