import { NextIntlClientProvider } from 'next-intl';
import { pickMessages } from '@/i18n/messages';
import './respondent.css';

/** Respondents' pages: their own styles; the header with library and edition comes from the invitation layout. */
export default function RespondentLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="respondent">
      {/* Only what the questionnaire needs: every message given travels inline with the page. */}
      <NextIntlClientProvider messages={pickMessages('common', 'respondent', 'validation')}>{children}</NextIntlClientProvider>
    </div>
  );
}
