import { useTranslations } from 'next-intl';
import type { GroupSortKey } from '@/lib/monitoring/groups';
import type { LiveGroup } from '@/lib/monitoring/live';
import type { SortLinks } from './monitoring-live';

const countColumns = ['invited', 'notOpened', 'opened', 'started', 'submitted'] as const;

/** The headline figures per group, sortable by any column through the URL, with a bar for the rate. */
export function GroupTable({
  id,
  title,
  column,
  groups,
  sortLinks,
}: {
  id: string;
  title: string;
  column: string;
  groups: LiveGroup[];
  sortLinks: SortLinks;
}) {
  const t = useTranslations('monitoring');
  const header = (key: GroupSortKey, label: string) => (
    <th scope="col" aria-sort={sortLinks[key].sort} className={key === 'name' ? undefined : 'numeric'}>
      <a href={sortLinks[key].href} aria-label={t('groups.sortBy', { column: label })}>
        {label}
        {sortLinks[key].sort === 'ascending' ? ' ▲' : sortLinks[key].sort === 'descending' ? ' ▼' : ''}
      </a>
    </th>
  );
  return (
    <section className="card table-scroll" aria-labelledby={`${id}-title`} tabIndex={0}>
      <h2 id={`${id}-title`}>{title}</h2>
      <table id={id}>
        <thead>
          <tr>
            {header('name', column)}
            {countColumns.map((key) => (
              <th key={key} scope="col" aria-sort={sortLinks[key].sort} className="numeric">
                <a href={sortLinks[key].href} aria-label={t('groups.sortBy', { column: t(`figures.${key}`) })}>
                  {t(`figures.${key}`)}
                  {sortLinks[key].sort === 'ascending' ? ' ▲' : sortLinks[key].sort === 'descending' ? ' ▼' : ''}
                </a>
              </th>
            ))}
            {header('responseRate', t('groups.rate'))}
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.key}>
              <th scope="row">{group.label}</th>
              {countColumns.map((key) => (
                <td key={key} className="numeric">
                  {group[key]}
                </td>
              ))}
              <td className="monitoring-rate-cell">
                <span className="monitoring-bar" aria-hidden="true">
                  <span style={{ width: `${group.responseRate ?? 0}%` }} />
                </span>
                <span title={group.responseRate === null ? undefined : t('groups.rateBar', { rate: group.responseRate })}>
                  {group.responseRate === null ? t('figures.noRate') : `${group.responseRate}%`}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
