import { signInAs } from '../support/auth';
import { expect, test } from '../support/editions';
import { inviteNewLibraries } from '../support/libraries';
import { mailsTo, markSubmitted } from '../support/mail';

test('a coordinator starts an invitation mailing for a fresh edition and sees it reach "verstuurd"; each library gets one mail with its own link', async ({
  page,
  browser,
  concept,
}) => {
  const libraries = inviteNewLibraries(concept, 2);
  await signInAs(page, 'coordinator', `/admin/editions/${concept}`);
  await page.getByRole('link', { name: 'Mailings (uitnodigingen en herinneringen)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Mailings ${concept}` })).toBeVisible();
  // The e2e server has no SMTP_URL: the page says where the messages go.
  await expect(page.getByTestId('mail-delivery')).toContainText('als .eml-bestand bewaard');

  // A second coordinator has the page open too and will press the button after the first.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signInAs(other, 'coordinator', `/admin/editions/${concept}/mailings`);
  const otherInvitation = other.getByRole('region', { name: 'Uitnodiging versturen' });
  await expect(otherInvitation.getByRole('status')).toHaveText('2 bibliotheken krijgen deze mail.');
  await otherInvitation.getByRole('button', { name: 'Versturen…' }).click();

  const invitation = page.getByRole('region', { name: 'Uitnodiging versturen' });
  await expect(invitation.getByRole('status')).toHaveText('2 bibliotheken krijgen deze mail.');
  await invitation.getByRole('button', { name: 'Versturen…' }).click();
  await expect(invitation.getByText('2 berichten versturen? Dit kan niet ongedaan worden gemaakt.')).toBeVisible();
  await invitation.getByRole('button', { name: 'Ja, versturen' }).click();
  await expect(invitation.getByRole('status').filter({ hasText: 'Mailing gestart' })).toHaveText(
    'Mailing gestart: 2 berichten in de wachtrij.',
  );
  await otherInvitation.getByRole('button', { name: 'Ja, versturen' }).click();
  await expect(otherInvitation.getByRole('alert')).toHaveText('Er is niemand (meer) die deze mail krijgt: er is niets verstuurd.');
  await otherContext.close();

  // The server sends in the background; the page follows by itself.
  const mailing = page.getByRole('article', { name: /^Uitnodiging van .*, gestart door coordinator/ });
  await expect(mailing).toContainText('verstuurd: 2, overgeslagen: 0, mislukt: 0, nog te gaan: 0');
  await expect(mailing).toContainText('klaar');
  // Started again (a reload, a second coordinator): nobody is left to mail.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Uitnodiging versturen' }).getByRole('status')).toHaveText('Niemand krijgt deze mail.');

  for (const library of libraries) {
    const mails = await mailsTo(library.email);
    expect(mails, library.name).toHaveLength(1);
    expect(mails[0].subject).toContain(library.name);
    const link = /http\S+\/r\/[A-Za-z0-9_-]{43}/.exec(mails[0].text ?? '')?.[0];
    expect(link).toMatch(new RegExp(`/r/${library.token}$`));
    const respondent = await browser.newPage();
    expect((await respondent.goto(link!))?.status()).toBe(200);
    await expect(respondent.getByText(library.name)).toBeVisible();
    await respondent.close();
  }
});

test('a reminder goes only to the libraries that have not submitted', async ({ page, openConcept: concept }) => {
  const [sentIn, ...waiting] = inviteNewLibraries(concept, 3);
  markSubmitted(concept, sentIn.name);

  await signInAs(page, 'coordinator', `/admin/editions/${concept}/mailings`);
  const reminder = page.getByRole('region', { name: 'Herinnering versturen' });
  await reminder.getByLabel('Minimaal aantal dagen sinds de laatste mail').fill('0');
  await reminder.getByRole('button', { name: 'Wie krijgt deze mail?' }).click();
  // Their links came from the import, not by mail: by default they get no reminder, and the preview says why.
  await expect(reminder.getByRole('status')).toHaveText('Niemand krijgt deze mail.');
  await expect(reminder.getByText('2 bibliotheken niet: nog geen uitnodiging per mail gehad')).toBeVisible();
  await reminder.getByLabel('Ook bibliotheken die nog geen uitnodiging per mail kregen').check();
  await reminder.getByRole('button', { name: 'Wie krijgt deze mail?' }).click();
  await expect(reminder.getByRole('status')).toHaveText('2 bibliotheken krijgen deze mail.');
  await expect(reminder.getByText('1 bibliotheek niet: heeft de enquête al verstuurd')).toBeVisible();
  await reminder.getByRole('button', { name: 'Versturen…' }).click();
  await reminder.getByRole('button', { name: 'Ja, versturen' }).click();
  await expect(page.getByRole('article', { name: /^Herinnering van / })).toContainText(
    'verstuurd: 2, overgeslagen: 0, mislukt: 0, nog te gaan: 0',
  );

  expect(await mailsTo(sentIn.email)).toEqual([]);
  for (const library of waiting) {
    const mails = await mailsTo(library.email);
    expect(mails.map((m) => m.subject)).toEqual([`Herinnering: de enquête voor ${library.name}`]);
    expect(mails[0].text).toContain(`/r/${library.token}`);
  }
});

test('while the invitations are still going out, the reminder preview holds those libraries back: "uitnodiging staat nog in de wachtrij"', async ({
  page,
  adminApi,
  concept,
}) => {
  const opened = await adminApi.post(`/api/v1/editions/${concept}/open`, {
    data: { closesAt: new Date(Date.now() + 30 * 24 * 60 * 60 * 1000).toISOString() },
  });
  expect(opened.status(), await opened.text()).toBe(200);
  // The e2e server sends one message a second (MAIL_RATE_PER_SECOND's default): six take some five seconds.
  inviteNewLibraries(concept, 6);
  await signInAs(page, 'coordinator', `/admin/editions/${concept}/mailings`);
  const invitation = page.getByRole('region', { name: 'Uitnodiging versturen' });
  await invitation.getByRole('button', { name: 'Versturen…' }).click();
  await invitation.getByRole('button', { name: 'Ja, versturen' }).click();
  await expect(invitation.getByRole('status').filter({ hasText: 'Mailing gestart' })).toHaveText(
    'Mailing gestart: 6 berichten in de wachtrij.',
  );

  // Even with every safeguard the form offers turned off, nobody gets a reminder before the invitation.
  const reminder = page.getByRole('region', { name: 'Herinnering versturen' });
  await reminder.getByLabel('Minimaal aantal dagen sinds de laatste mail').fill('0');
  await reminder.getByLabel('Ook bibliotheken die nog geen uitnodiging per mail kregen').check();
  await reminder.getByRole('button', { name: 'Wie krijgt deze mail?' }).click();
  await expect(reminder.getByText(/^[1-6] bibliothe(ek|ken) niet: uitnodiging staat nog in de wachtrij$/)).toBeVisible();

  // Once they are all out, the reason is gone (the page follows by itself).
  await expect(page.getByRole('article', { name: /^Uitnodiging van / })).toContainText('klaar', { timeout: 30_000 });
  await expect(reminder.getByRole('status')).toHaveText('6 bibliotheken krijgen deze mail.');
  await expect(reminder.getByText(/uitnodiging staat nog in de wachtrij/)).toHaveCount(0);
});
