'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { SavedChange } from '../save-state';

/** "Opgeslagen", with what changed; for an open edition, where its corrections are recorded. */
export function SaveOutcome({ id, changes, locked }: { id: string; changes: SavedChange[]; locked: boolean }) {
  const t = useTranslations('editor');
  const tReview = useTranslations('editions.detail.review');
  return (
    <div id={id} className="alert success" role="status" tabIndex={-1}>
      <p>{changes.length === 0 ? t('unchanged') : t('saved', { count: changes.length })}</p>
      {changes.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('changesTitle')}>
          <table className="change-list">
            <thead>
              <tr>
                <th scope="col">{tReview('where')}</th>
                <th scope="col">{tReview('from')}</th>
                <th scope="col">{tReview('to')}</th>
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
      )}
      {locked && changes.length > 0 && (
        <p>
          {t('savedLocked')} <Link href="/admin/audit-log?actie=edition.definition_changed">{t('auditLink')}</Link>
        </p>
      )}
    </div>
  );
}
