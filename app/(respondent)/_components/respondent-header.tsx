import { useTranslations } from 'next-intl';

/** The top of a library's questionnaire: the network, and whose questionnaire of which edition it is. */
export function RespondentHeader({ identity }: { identity?: { libraryName: string; editionTitle: string } }) {
  const t = useTranslations('respondent');
  return (
    <header className="respondent-header">
      <div className="container narrow">
        <p className="respondent-network">{t('network')}</p>
        {identity && (
          <dl className="respondent-identity">
            <div>
              <dt className="visually-hidden">{t('libraryLabel')}</dt>
              <dd className="respondent-library">{identity.libraryName}</dd>
            </div>
            <div>
              <dt className="visually-hidden">{t('editionLabel')}</dt>
              <dd className="respondent-edition">{identity.editionTitle}</dd>
            </div>
          </dl>
        )}
      </div>
    </header>
  );
}
