import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { listApiKeys } from '@/lib/auth/api-keys';
import { requireStaffPage } from '@/lib/auth/guard';
import { CreateApiKeyForm, RevokeApiKeyForm } from './api-key-forms';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.apiKeys');
  return { title: t('title') };
}

export default async function ApiKeysPage() {
  await requireStaffPage('admin');
  const t = await getTranslations('auth.apiKeys');
  const format = await getFormatter();
  const keys = await listApiKeys({ db: getDb() });
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' }) : t('never'));
  return (
    <main id="main" className="container">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <section className="card">
        <CreateApiKeyForm />
      </section>
      <section className="card table-scroll" aria-labelledby="keys-list-title" tabIndex={0}>
        <h2 id="keys-list-title">{t('listTitle')}</h2>
        {keys.length === 0 ? (
          <p>{t('none')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('prefix')}</th>
                <th scope="col">{t('createdAt')}</th>
                <th scope="col">{t('lastUsedAt')}</th>
                <th scope="col">{t('status')}</th>
              </tr>
            </thead>
            <tbody>
              {keys.map((key) => (
                <tr key={key.id}>
                  <th scope="row">{key.name}</th>
                  <td>
                    <code>{key.prefix}…</code>
                  </td>
                  <td>
                    {when(key.createdAt)}
                    {key.createdBy && (
                      <>
                        <br />
                        <span className="hint">
                          {t('createdBy')} {key.createdBy}
                        </span>
                      </>
                    )}
                  </td>
                  <td>{when(key.lastUsedAt)}</td>
                  <td>
                    {key.revokedAt ? (
                      <span className="status-disabled">{t('revoked', { date: when(key.revokedAt) })}</span>
                    ) : (
                      <>
                        {t('active')}
                        <RevokeApiKeyForm keyId={key.id} name={key.name} />
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </main>
  );
}
