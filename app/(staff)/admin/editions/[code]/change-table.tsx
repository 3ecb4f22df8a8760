import { useTranslations } from 'next-intl';

export type ChangeRow = { path: string; where: string; from: string; to: string };

/** Where / was / becomes, for a definition's changes: after an upload and after saving in the editor. */
export function ChangeTable({ title, changes }: { title: string; changes: ChangeRow[] }) {
  const t = useTranslations('editions.detail.review');
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={title}>
      <table className="change-list">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('where')}</th>
            <th scope="col">{t('from')}</th>
            <th scope="col">{t('to')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.path}>
              <th scope="row">{c.where}</th>
              <td>{c.from}</td>
              <td>{c.to}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
