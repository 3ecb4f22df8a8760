import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaffPage } from '@/lib/auth/guard';
import { getEditionByCode } from '@/lib/editions/queries';
import { DefinitionEditor } from './editor/definition-editor';
import '../../editions.css';
import './editor.css';

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations('editor');
  return { title: t('metaTitle', { code: (await params).code }) };
}

/**
 * An edition's questionnaire in the browser (admins): a concept's freely, an
 * opened edition's wording only. Saving goes through the one way a
 * definition changes (lib/editions/update-definition.ts).
 */
export default async function DefinitionEditorPage({ params }: Props) {
  await requireStaffPage('admin');
  const { code } = await params;
  const edition = getEditionByCode({ db: getDb(), code });
  if (!edition) notFound();
  const t = await getTranslations('editor');
  const locked = edition.status !== 'draft';
  return (
    <main id="main" className="container editor">
      <p>
        <Link href={`/admin/editions/${code}`}>{t('back', { code })}</Link>
      </p>
      <h1 id="vl-vragenlijst" tabIndex={-1}>
        {t('title', { code })}
      </h1>
      {!locked && <p>{t('intro')}</p>}
      <p>
        <Link href={`/admin/editions/${code}/vragenlijst/voorbeeld`}>{t('previewLink')}</Link>{' '}
        <span className="hint">{t('previewHint')}</span>
      </p>
      <DefinitionEditor code={code} initial={edition.definition} version={edition.definitionVersion} locked={locked} />
    </main>
  );
}
