import { getTranslations } from 'next-intl/server';
import { loadInvitation } from '@/lib/respondent/load';

type Props = { children: React.ReactNode; params: Promise<{ token: string }> };

export default async function InvitationLayout({ children, params }: Props) {
  const { token } = await params;
  const t = await getTranslations('respondent');
  const loaded = await loadInvitation(token);
  return (
    <>
      <header className="respondent-header">
        <div className="container narrow">
          <p className="respondent-network">{t('network')}</p>
          {loaded && (
            <dl className="respondent-identity">
              <div>
                <dt className="visually-hidden">{t('libraryLabel')}</dt>
                <dd className="respondent-library">{loaded.context.library.name}</dd>
              </div>
              <div>
                <dt className="visually-hidden">{t('editionLabel')}</dt>
                <dd className="respondent-edition">{loaded.context.edition.title}</dd>
              </div>
            </dl>
          )}
        </div>
      </header>
      <main id="main" className="container narrow">
        {children}
      </main>
    </>
  );
}
