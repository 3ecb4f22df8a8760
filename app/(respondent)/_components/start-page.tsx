import { getFormatter, getTranslations } from 'next-intl/server';
import type { Definition } from '@/lib/questionnaire/definition';
import type { StartTextKey } from '@/lib/questionnaire/start-page';

type Props = {
  definition: Definition;
  closesAt: Date | null;
  /** Where "Beginnen" leads: step 1 of the form on the same page (?pagina=1). */
  startHref: string;
};

/** A text written as paragraphs (blank lines between them) in the definition. */
function Paragraphs({ text }: { text: string }) {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph, i) => <p key={i}>{paragraph}</p>);
}

/**
 * What a library reads before the first question (GOV.UK's start page): what
 * the questionnaire is for, until when and how long, that answers are kept as
 * they go, what happens with them and whom to ask. The texts are the
 * edition's own (definition.startPage), each else the default; the closing
 * date is the edition's. Shown on a link whose response has not started.
 */
export async function StartPage({ definition, closesAt, startHref }: Props) {
  const t = await getTranslations('respondent.start');
  const format = await getFormatter();
  const text = (key: StartTextKey) => definition.startPage?.[key] ?? t(`defaults.${key}`);
  return (
    <div className="start-page">
      <h1>{definition.title}</h1>
      <Paragraphs text={text('purpose')} />
      <ul className="start-facts">
        {closesAt && <li>{t('closes', { date: format.dateTime(closesAt, { dateStyle: 'long', timeStyle: 'short' }) })}</li>}
        <li>{text('duration')}</li>
        <li>{t('saving')}</li>
      </ul>
      <p>
        <a className="button start-button" href={startHref}>
          {t('begin')}
        </a>
      </p>
      <section aria-labelledby="start-privacy">
        <h2 id="start-privacy">{t('privacyTitle')}</h2>
        <Paragraphs text={text('privacy')} />
      </section>
      <section aria-labelledby="start-contact">
        <h2 id="start-contact">{t('contactTitle')}</h2>
        <Paragraphs text={text('contact')} />
      </section>
    </div>
  );
}
