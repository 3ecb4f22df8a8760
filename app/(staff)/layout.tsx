import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { editionPhase, listEditions } from '@/lib/editions/queries';
import { hasRole, requireStaffPage } from '@/lib/auth/guard';
import { messages } from '@/i18n/messages';
import { StaffNavLink } from './staff-nav-link';
import { SignOutButton } from './sign-out-button';
import './staff.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.staff');
  return { title: { default: t('title'), template: `%s · ${t('title')}` } };
}

/**
 * Shell of every /admin page. Its check only decides what the menu shows:
 * layouts are not re-run on every navigation, so each page calls
 * requireStaffPage() itself with the role it needs.
 */
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const user = await requireStaffPage('coordinator');
  const t = await getTranslations('auth.staff');
  // A concept has no answers yet: the menu's results are those of the newest edition that has opened.
  const newest = (await listEditions({ db: getDb() })).findLast((e) => editionPhase(e) !== 'draft');
  return (
    <>
      <header className="staff-header">
        <div className="container staff-header-inner">
          <nav aria-label={t('nav')} className="staff-nav">
            <StaffNavLink href="/admin" exact>
              {t('overview')}
            </StaffNavLink>
            <StaffNavLink href="/admin/editions" notUnder="/results">
              {t('editions')}
            </StaffNavLink>
            {newest && <StaffNavLink href={`/admin/editions/${newest.code}/results`}>{t('results')}</StaffNavLink>}
            <StaffNavLink href="/admin/libraries">{t('libraries')}</StaffNavLink>
            {hasRole(user.role, 'admin') && <StaffNavLink href="/admin/users">{t('users')}</StaffNavLink>}
            {hasRole(user.role, 'admin') && <StaffNavLink href="/admin/api-keys">{t('apiKeys')}</StaffNavLink>}
            {hasRole(user.role, 'admin') && <StaffNavLink href="/admin/audit-log">{t('auditLog')}</StaffNavLink>}
          </nav>
          <div className="staff-user">
            <span>
              {t('signedInAs', { name: user.name ?? user.email })} <span className="staff-role">{t(`roles.${user.role}`)}</span>
            </span>
            <SignOutButton label={t('signOut')} busyLabel={t('signingOut')} />
          </div>
        </div>
      </header>
      {/* Staff pages' client components may use any area's messages (the preview shows the respondent's form). */}
      <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>
    </>
  );
}
