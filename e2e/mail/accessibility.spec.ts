import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { signInAs } from '../support/auth';
import { expect, test } from '../support/editions';
import { inviteNewLibraries } from '../support/libraries';

async function expectNoViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${where} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function expectNoSidewaysScroll(page: Page, where: string) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${where} is ${width}px wide`).toBeLessThanOrEqual(320);
}

test.use({ viewport: { width: 320, height: 700 } });

test('the mailings page, with a preview, a field error, a confirmation and a finished mailing, passes axe and fits 320 px', async ({
  page,
  concept,
}) => {
  inviteNewLibraries(concept, 1);
  await signInAs(page, 'coordinator', `/admin/editions/2022-2023/mailings?audience=started&minDays=0&includeNotMailed=1`);
  // The demo's libraries have their links but were never mailed an invitation: the option includes them.
  await expect(page.getByLabel('Ook bibliotheken die nog geen uitnodiging per mail kregen')).toBeChecked();
  await expect(page.getByRole('region', { name: 'Herinnering versturen' }).getByRole('status')).toHaveText(
    /bibliothe(ek|ken) kr(ijgt|ijgen) deze mail/,
  );
  await expectNoViolations(page, 'open edition with a reminder preview');
  await expectNoSidewaysScroll(page, 'open edition with a reminder preview');

  await page.goto(`/admin/editions/${concept}/mailings?minDays=400`);
  await expect(page.locator('#minDays-error')).toHaveText('Vul een heel getal van 0 tot en met 365 in.');
  await expectNoViolations(page, 'field error');

  const invitation = page.getByRole('region', { name: 'Uitnodiging versturen' });
  await invitation.getByRole('button', { name: 'Versturen…' }).click();
  await expect(invitation.getByRole('button', { name: 'Ja, versturen' })).toBeVisible();
  await expectNoViolations(page, 'confirmation');
  await expectNoSidewaysScroll(page, 'confirmation');
  await invitation.getByRole('button', { name: 'Ja, versturen' }).click();
  await expect(page.getByRole('article')).toContainText('klaar');
  await expectNoViolations(page, 'finished mailing');
  await expectNoSidewaysScroll(page, 'finished mailing');
});

test('the mail texts page, with a field error and a preview, passes axe and fits 320 px for an admin and a coordinator', async ({
  page,
  concept,
}) => {
  inviteNewLibraries(concept, 1);
  await signInAs(page, 'admin', `/admin/editions/${concept}/mailings/templates`);
  await expect(page.getByTestId('template-preview')).toBeVisible();
  await expectNoViolations(page, 'admin');
  await expectNoSidewaysScroll(page, 'admin');
  const reminder = page.getByRole('region', { name: 'Herinnering aan wie nog niet begonnen is' });
  await reminder.getByLabel('Onderwerp').fill('{fout}');
  await reminder.getByRole('button', { name: 'Opslaan' }).click();
  await expect(reminder.getByLabel('Onderwerp')).toHaveAttribute('aria-invalid', 'true');
  await expectNoViolations(page, 'field error');
  await expectNoSidewaysScroll(page, 'field error');

  await page.context().clearCookies();
  await signInAs(page, 'coordinator', `/admin/editions/${concept}/mailings/templates`);
  await expect(page.getByText('Alleen beheerders kunnen deze teksten wijzigen.')).toBeVisible();
  await expectNoViolations(page, 'coordinator');
  await expectNoSidewaysScroll(page, 'coordinator');
});
