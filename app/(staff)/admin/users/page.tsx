import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaffPage } from '@/lib/auth/guard';
import { listUsers } from '@/lib/auth/users';
import { ResetPasswordForm } from './reset-password-form';
import { ChangeRoleForm, CreateUserForm, SetDisabledForm } from './user-forms';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.users');
  return { title: t('title') };
}

export default async function UsersPage() {
  const me = await requireStaffPage('admin');
  const t = await getTranslations('auth');
  const users = await listUsers({ db: getDb() });
  return (
    <main id="main" className="container">
      <h1>{t('users.title')}</h1>
      <p>{t('users.intro')}</p>
      <section className="card table-scroll" aria-labelledby="users-list-title" tabIndex={0}>
        <h2 id="users-list-title">{t('users.listTitle')}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('users.email')}</th>
              <th scope="col">{t('users.name')}</th>
              <th scope="col">{t('users.role')}</th>
              <th scope="col">{t('users.status')}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => {
              const self = user.id === me.id;
              return (
                <tr key={user.id} data-email={user.email}>
                  <th scope="row">
                    {user.email} {self && <span className="hint">{t('users.you')}</span>}
                  </th>
                  <td>{user.name ?? '–'}</td>
                  <td>{self ? t(`staff.roles.${user.role}`) : <ChangeRoleForm userId={user.id} email={user.email} role={user.role} />}</td>
                  <td>
                    <span className={user.disabledAt ? 'status-disabled' : undefined}>
                      {user.disabledAt ? t('users.disabled') : t('users.active')}
                    </span>
                    {!self && <SetDisabledForm userId={user.id} email={user.email} disabled={!!user.disabledAt} />}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <section className="card">
        <CreateUserForm />
      </section>
      <section className="card">
        <ResetPasswordForm accounts={users.filter((user) => user.id !== me.id).map(({ id, email }) => ({ id, email }))} />
      </section>
    </main>
  );
}
