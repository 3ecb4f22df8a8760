import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { hasRole, requireStaffPage } from '@/lib/auth/guard';
import { getEditionByCode } from '@/lib/editions/queries';
import { editionTemplates } from '@/lib/mail/edition-templates';
import { previewLibraries, previewTemplateMessage } from '@/lib/mail/template-preview';
import { placeholders, templateNames, type TemplateName } from '@/lib/mail/templates';
import { TemplateForm } from './template-form';
import { TestMessageForm } from './test-message-form';
import './templates.css';

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations('mail.templatesPage');
  return { title: t('title', { edition: (await params).code }) };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * An edition's invitation and reminder texts: admins edit them, coordinators
 * read them; both preview the stored message for an invited library and can
 * send it to their own address.
 */
export default async function MailTemplatesPage({ params, searchParams }: Props) {
  const user = await requireStaffPage('coordinator');
  const { code } = await params;
  const db = getDb();
  const edition = getEditionByCode({ db, code });
  if (!edition) notFound();
  const query = await searchParams;
  const t = await getTranslations('mail.templatesPage');
  const canEdit = hasRole(user.role, 'admin');
  const templates = await editionTemplates(db, edition.id);

  const choices = await previewLibraries(db, edition.id);
  const asked = Number(first(query.library));
  const libraryId = choices.some((c) => c.id === asked) ? asked : choices[0]?.id;
  const askedName = first(query.template);
  const previewName: TemplateName = templateNames.includes(askedName as TemplateName) ? (askedName as TemplateName) : 'invitation';
  const preview = libraryId === undefined ? undefined : await previewTemplateMessage({ db, edition, libraryId, name: previewName });

  return (
    <main id="main" className="container">
      <p>
        <Link href={`/admin/editions/${code}/mailings`}>{t('back', { edition: code })}</Link>
      </p>
      <h1>{t('title', { edition: code })}</h1>
      <p>{t('intro')}</p>
      {!canEdit && <p className="alert">{t('readOnly')}</p>}

      <section className="card" aria-labelledby="placeholders-title">
        <h2 id="placeholders-title">{t('placeholdersTitle')}</h2>
        <p>{t('placeholdersHelp')}</p>
        <dl className="placeholder-list">
          {placeholders.map((p) => (
            <div key={p}>
              <dt>
                <code>{`{${p}}`}</code>
              </dt>
              <dd>{t(`placeholder.${p}`)}</dd>
            </div>
          ))}
        </dl>
      </section>

      {templates.map((template) => (
        <section key={template.name} className="card" aria-labelledby={`template-${template.name}-title`}>
          <h2 id={`template-${template.name}-title`}>{t(`names.${template.name}`)}</h2>
          <p>{t(template.custom ? 'custom' : 'default')}</p>
          {canEdit ? (
            <TemplateForm edition={code} name={template.name} subject={template.subject} body={template.body} />
          ) : (
            <dl className="template-text">
              <dt>{t('subject')}</dt>
              <dd>{template.subject}</dd>
              <dt>{t('body')}</dt>
              <dd>
                <pre>{template.body}</pre>
              </dd>
            </dl>
          )}
        </section>
      ))}

      <section className="card" aria-labelledby="preview-title">
        <h2 id="preview-title">{t('previewTitle')}</h2>
        <p>{t('previewHelp')}</p>
        {libraryId === undefined ? (
          <p>{t('noLibraries')}</p>
        ) : (
          <>
            <form method="get" className="staff-form">
              <div className="field">
                <label htmlFor="preview-library">{t('previewLibrary')}</label>
                <select id="preview-library" name="library" defaultValue={String(libraryId)}>
                  {choices.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="preview-template">{t('previewTemplate')}</label>
                <select id="preview-template" name="template" defaultValue={previewName}>
                  {templateNames.map((name) => (
                    <option key={name} value={name}>
                      {t(`names.${name}`)}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className="secondary">
                {t('showPreview')}
              </button>
            </form>
            {preview && (
              <>
                <dl className="template-text" aria-label={t('previewTitle')} data-testid="template-preview">
                  <dt>{t('previewTo')}</dt>
                  <dd>{preview.to}</dd>
                  <dt>{t('previewSubject')}</dt>
                  <dd>{preview.subject}</dd>
                  <dt>{t('previewBody')}</dt>
                  <dd>
                    <pre>{preview.text}</pre>
                  </dd>
                </dl>
                <TestMessageForm edition={code} name={previewName} libraryId={libraryId} />
              </>
            )}
          </>
        )}
      </section>
    </main>
  );
}
