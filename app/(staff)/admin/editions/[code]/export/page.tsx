import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaffPage } from '@/lib/auth/guard';
import { getEditionByCode } from '@/lib/editions/queries';
import { exportFormats } from '@/lib/exports/request';
import { sizeClassOptions } from '@/lib/libraries/messages';
import { NOT_ANSWERED, NOT_SHOWN } from '@/lib/questionnaire/types/question-type';
import { listLibraryValues } from '@/lib/results/queries';
import { LibraryAttributeSelect } from '@/app/(staff)/library-attribute-select';
import './export.css';

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations('exports');
  return { title: t('title', { edition: (await params).code }) };
}

/**
 * The admins' export: a plain GET form whose fields are the download's (and
 * the API's) query parameters, so the file streams straight from the link.
 */
export default async function ExportPage({ params }: Props) {
  await requireStaffPage('admin');
  const { code } = await params;
  const db = getDb();
  const edition = getEditionByCode({ db, code });
  if (!edition) notFound();
  const t = await getTranslations('exports');
  const tFilter = await getTranslations('results.filter');
  const provinces = await listLibraryValues({ db, attribute: 'province' });
  const base = `/admin/editions/${encodeURIComponent(edition.code)}/export`;

  return (
    <main id="main" className="container">
      <p>
        <Link href={`/admin/editions/${encodeURIComponent(edition.code)}`}>{t('back', { edition: edition.code })}</Link>
      </p>
      <h1>{t('title', { edition: edition.code })}</h1>
      <p>{t('intro', { notShown: NOT_SHOWN, notAnswered: NOT_ANSWERED })}</p>
      <p>
        <Link href={`${base}/codebook`}>{t('codebookLink')}</Link>
      </p>
      <form method="get" action={`${base}/download`} className="card staff-form export-options">
        <h2>{t('form.legend')}</h2>
        <fieldset>
          <legend>{t('form.format')}</legend>
          {exportFormats.map((format, i) => (
            <label key={format}>
              <input type="radio" name="format" value={format} defaultChecked={i === 0} /> {t(`form.formats.${format}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('form.values')}</legend>
          <label>
            <input type="radio" name="labels" value="0" defaultChecked /> {t('form.codes')}
          </label>
          <label>
            <input type="radio" name="labels" value="1" /> {t('form.labels')}
          </label>
        </fieldset>
        <fieldset>
          <legend>{t('form.separator')}</legend>
          <label>
            <input type="radio" name="separator" value="semicolon" defaultChecked /> {t('form.semicolon')}
          </label>
          <label>
            <input type="radio" name="separator" value="comma" /> {t('form.comma')}
          </label>
        </fieldset>
        <fieldset>
          <legend>{tFilter('legend')}</legend>
          <p className="hint">{tFilter('oneAtATime')}</p>
          <label htmlFor="export-province">{t('form.province')}</label>
          <LibraryAttributeSelect id="export-province" name="province" defaultValue="" emptyLabel={t('form.all')} options={provinces} />
          <label htmlFor="export-sizeClass">{t('form.sizeClass')}</label>
          <LibraryAttributeSelect
            id="export-sizeClass"
            name="sizeClass"
            defaultValue=""
            emptyLabel={t('form.all')}
            options={sizeClassOptions()}
          />
        </fieldset>
        <div className="field">
          <label>
            <input type="checkbox" name="drafts" value="1" /> {t('form.drafts')}
          </label>
        </div>
        <button type="submit">{t('form.submit')}</button>
      </form>
    </main>
  );
}
