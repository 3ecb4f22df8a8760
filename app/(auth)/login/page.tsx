import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { safeCallbackPath } from '@/lib/auth/callback-path';
import { getSessionUser } from '@/lib/auth/session';
import { LoginForm } from './login-form';
import '../auth.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.login');
  return { title: t('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LoginPage({ searchParams }: Props) {
  const query = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  // Checked before both uses: the server's redirect for a signed-in visitor and the form's after signing in.
  const callbackUrl = safeCallbackPath(first(query.callbackUrl));
  if (await getSessionUser()) redirect(callbackUrl);
  const t = await getTranslations('auth.login');
  return (
    <main id="main" className="container narrow auth-page">
      <div className="card auth-card">
        <h1>{t('title')}</h1>
        <p className="hint">{t('intro')}</p>
        <LoginForm callbackUrl={callbackUrl} initialError={first(query.error)} signedOut={first(query.uitgelogd) === '1'} />
      </div>
    </main>
  );
}
