import { getTranslations } from 'next-intl/server';
import type { ResultFilters } from '@/lib/results/filters';
import { LibraryAttributeSelect } from '@/app/(staff)/library-attribute-select';

/**
 * A plain GET form: the filter lives in the URL, so a filtered page can be
 * bookmarked, printed and shared, and works without JavaScript. One select per
 * grouping attribute, so the parameters are the API's; only one may be set at
 * a time (filters.ts refuses both), which the hint says before anyone tries.
 */
export async function FilterForm({
  action,
  provinces,
  sizeClasses,
  filters,
}: {
  action: string;
  provinces: string[];
  sizeClasses: { value: string; label: string }[];
  filters: ResultFilters;
}) {
  const t = await getTranslations('results.filter');
  return (
    <form method="get" action={action} className="card results-filter no-print">
      <fieldset aria-describedby="filter-hint">
        <legend>{t('legend')}</legend>
        <p className="hint" id="filter-hint">
          {t('oneAtATime')}
        </p>
        <div className="results-filter-field">
          <label htmlFor="filter-province">{t('province')}</label>
          <LibraryAttributeSelect
            id="filter-province"
            name="province"
            defaultValue={filters.province?.[0] ?? ''}
            emptyLabel={t('allProvinces')}
            options={provinces}
          />
        </div>
        <div className="results-filter-field">
          <label htmlFor="filter-sizeClass">{t('sizeClass')}</label>
          <LibraryAttributeSelect
            id="filter-sizeClass"
            name="sizeClass"
            defaultValue={filters.sizeClass?.[0] ?? ''}
            emptyLabel={t('allSizeClasses')}
            options={sizeClasses}
          />
        </div>
        <div className="results-filter-actions">
          <button type="submit">{t('apply')}</button>
          <a className="button secondary" href={action}>
            {t('reset')}
          </a>
        </div>
      </fieldset>
    </form>
  );
}
