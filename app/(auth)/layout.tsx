import { NextIntlClientProvider } from 'next-intl';
import { pickMessages } from '@/i18n/messages';

/** Sign-in: its client components get the auth messages only (see i18n/messages.ts). */
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return <NextIntlClientProvider messages={pickMessages('common', 'auth')}>{children}</NextIntlClientProvider>;
}
