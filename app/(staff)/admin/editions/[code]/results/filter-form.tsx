import { getTranslations } from 'next-intl/server';
import type { ResultFilters } from '@/lib/results/filters';

/**
 * A plain GET form: the filter lives in the URL, so a filtered page can be
 * bookmarked, printed and shared, and works without JavaScript. Filters on
 * grouping attributes the form has no field for are kept.
 */
export async function FilterForm({ action, provinces, filters }: { action: string; provinces: string[]; filters: ResultFilters }) {
  const t = await getTranslations('results.filter');
  const selected = filters.province?.[0] ?? '';
  const others = Object.entries(filters).filter(([name]) => name !== 'province');
  return (
    <form method="get" action={action} className="card results-filter no-print">
      <fieldset>
        <legend>{t('legend')}</legend>
        <label htmlFor="filter-province">{t('province')}</label>
        <select id="filter-province" name="province" defaultValue={selected}>
          <option value="">{t('allProvinces')}</option>
          {provinces.map((province) => (
            <option key={province} value={province}>
              {province}
            </option>
          ))}
        </select>
        {others.flatMap(([name, values]) => values.map((value) => <input key={`${name}=${value}`} type="hidden" name={name} value={value} />))}
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
