import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { describe, expect, it, vi } from 'vitest';
import { messages } from '@/i18n/messages';

// The minimum moved off its real value: a hint that typed the figure instead of reading the constant says the old one.
vi.mock('@/lib/auth/password-rules', async (original) => {
  const rules = await original<typeof import('@/lib/auth/password-rules')>();
  return { ...rules, MIN_PASSWORD_LENGTH: rules.MIN_PASSWORD_LENGTH + 3 };
});
// The forms' server actions are not called by rendering; importing them would open the database.
vi.mock('./actions', () => ({
  createUserAction: vi.fn(),
  changeRoleAction: vi.fn(),
  setUserDisabledAction: vi.fn(),
  resetPasswordAction: vi.fn(),
}));

const { newPasswordSchema } = await import('@/lib/auth/password');
const { CreateUserForm } = await import('./user-forms');
const { ResetPasswordForm } = await import('./reset-password-form');

function hintOf(form: ReactElement, idPrefix: string): string {
  const html = renderToStaticMarkup(
    createElement(NextIntlClientProvider, { locale: 'nl', timeZone: 'Europe/Amsterdam', messages, children: form }),
  );
  return new RegExp(`id="${idPrefix}-password-hint"[^>]*>([^<]*)<`).exec(html)![1];
}

/** The shortest new password the server accepts, as the schema decides it. */
function shortestAccepted(): number {
  let length = 1;
  while (!newPasswordSchema.safeParse('x'.repeat(length)).success) length += 1;
  return length;
}

describe('a new password’s hint', () => {
  it.each([
    ['creating an account', createElement(CreateUserForm), 'new'],
    ['resetting another’s password', createElement(ResetPasswordForm, { accounts: [] }), 'reset'],
  ])('names the shortest password the server accepts when %s', (_name, form, idPrefix) => {
    expect(hintOf(form, idPrefix)).toMatch(new RegExp(`^Minstens ${shortestAccepted()} tekens\\.`));
  });
});
