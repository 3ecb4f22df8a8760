'use client';

import { useTranslations } from 'next-intl';
import type { Definition } from '@/lib/questionnaire/definition';

export const STALE_ID = 'vl-intussen-gewijzigd';

function download(code: string, definition: Definition) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(definition, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${code}-mijn-versie.json`;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/**
 * Another save came first: nothing of this editor's was stored. The way on is
 * the latest version, which drops the edits here, so that is said before the
 * button, with the edits to take along as a file first.
 */
export function StaleNotice({
  code,
  message,
  definition,
  onReload,
}: {
  code: string;
  message: string;
  definition: Definition;
  onReload: () => void;
}) {
  const t = useTranslations('editor.stale');
  return (
    <div id={STALE_ID} className="alert error" role="alert" tabIndex={-1} aria-labelledby={`${STALE_ID}-titel`}>
      <h2 id={`${STALE_ID}-titel`}>{t('title')}</h2>
      <p>{message}</p>
      <p>{t('way')}</p>
      <div className="editor-item-actions">
        <button type="button" className="secondary" onClick={() => download(code, definition)}>
          {t('download')}
        </button>
        <button type="button" onClick={onReload}>
          {t('reload')}
        </button>
      </div>
    </div>
  );
}
