'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { ChangeTable } from '../../change-table';
import type { SavedChange } from '../save-state';

/** "Opgeslagen", with what changed; for an open edition, where its corrections are recorded. */
export function SaveOutcome({ id, changes, locked }: { id: string; changes: SavedChange[]; locked: boolean }) {
  const t = useTranslations('editor');
  return (
    <div id={id} className="alert success" role="status" tabIndex={-1}>
      <p>{changes.length === 0 ? t('unchanged') : t('saved', { count: changes.length })}</p>
      {changes.length > 0 && <ChangeTable title={t('changesTitle')} changes={changes} />}
      {locked && changes.length > 0 && (
        <p>
          {t('savedLocked')} <Link href="/admin/audit-log?actie=edition.definition_changed">{t('auditLink')}</Link>
        </p>
      )}
    </div>
  );
}
