import type { Metadata, Viewport } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { pickMessages } from '@/i18n/messages';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('common');
  return { title: { default: t('appName'), template: `%s · ${t('appName')}` }, description: t('tagline') };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations('common');
  // Reading the request makes every page render per request, which the CSP
  // nonce from proxy.ts needs: a page prerendered at build time has no nonce.
  await headers();
  return (
    <html lang="nl">
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        {/* Each area's layout gives its client components their own namespaces (i18n/messages.ts). */}
        <NextIntlClientProvider messages={pickMessages('common')}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
