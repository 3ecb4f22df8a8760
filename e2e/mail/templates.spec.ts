import { demoStaff, signInAs } from '../support/auth';
import { auditEntries, expect, test } from '../support/editions';
import { inviteNewLibraries } from '../support/libraries';
import { mailsTo } from '../support/mail';

const allowed = 'Toegestaan zijn: {bibliotheek}, {link}, {sluitdatum}, {contact}.';

test('an admin edits the invitation, sees an unknown placeholder refused at the field, previews it for a library and sends it to their own address', async ({
  page,
  concept,
}) => {
  const [library] = inviteNewLibraries(concept, 1);
  await signInAs(page, 'admin', `/admin/editions/${concept}/mailings`);
  await page.getByRole('link', { name: 'Teksten van de uitnodiging en de herinneringen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Mailteksten ${concept}` })).toBeVisible();

  const invitation = page.getByRole('region', { name: 'Uitnodiging', exact: true });
  const subject = invitation.getByLabel('Onderwerp');
  await subject.fill('Enquête voor {naam}');
  await invitation.getByRole('button', { name: 'Opslaan' }).click();
  await expect(subject).toHaveAttribute('aria-invalid', 'true');
  await expect(subject).toHaveAccessibleDescription(`Onbekende plaatshouder: {naam}. ${allowed}`);

  const body = invitation.getByLabel('Tekst');
  await body.fill('Beste {bibliotheek}, hier is uw link.');
  await subject.fill(`Enquête ${concept} voor {bibliotheek}`);
  await invitation.getByRole('button', { name: 'Opslaan' }).click();
  await expect(body).toHaveAccessibleDescription(/^De tekst moet \{link\} bevatten/);
  await body.fill('Beste {bibliotheek},\n\nVul de enquête in via {link} vóór {sluitdatum}.\n\nVragen: {contact}');
  await invitation.getByRole('button', { name: 'Opslaan' }).click();
  await expect(invitation.getByRole('status')).toHaveText('De tekst is opgeslagen.');
  await expect(invitation.getByText('Eigen tekst voor deze editie.')).toBeVisible();

  const preview = page.getByRole('region', { name: 'Voorbeeld' });
  await preview.getByLabel('Bibliotheek').selectOption({ label: library.name });
  await preview.getByLabel('Bericht').selectOption({ label: 'Uitnodiging' });
  await preview.getByRole('button', { name: 'Voorbeeld tonen' }).click();
  const message = page.getByTestId('template-preview');
  await expect(message).toContainText(`Enquête ${concept} voor ${library.name}`);
  await expect(message).toContainText(`Beste ${library.name},`);
  // An example link, not the library's own: a preview hands out no credential.
  await expect(message).toContainText('/r/voorbeeldlink');
  await expect(message).not.toContainText(library.token);

  await preview.getByRole('button', { name: 'Testbericht naar mijn eigen adres' }).click();
  await expect(preview.getByRole('status')).toHaveText(`Het testbericht is verstuurd naar ${demoStaff.admin.email}.`);
  const mails = (await mailsTo(demoStaff.admin.email)).filter((m) => m.subject === `Enquête ${concept} voor ${library.name}`);
  expect(mails).toHaveLength(1);
  expect(mails[0].text).toContain('/r/voorbeeldlink');

  const changed = auditEntries(concept).filter((e) => e.action === 'mail_template.changed');
  expect(changed).toHaveLength(1);
  expect(changed[0].details).toMatchObject({ template: 'invitation', subject: { to: `Enquête ${concept} voor {bibliotheek}` } });
});

test('a coordinator reads the texts without a form to change them, and can preview', async ({ page, concept }) => {
  const [library] = inviteNewLibraries(concept, 1);
  await signInAs(page, 'coordinator', `/admin/editions/${concept}/mailings/templates`);
  await expect(page.getByText('Alleen beheerders kunnen deze teksten wijzigen.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Opslaan' })).toHaveCount(0);
  await expect(page.getByRole('textbox')).toHaveCount(0);
  const reminder = page.getByRole('region', { name: 'Herinnering aan wie begonnen is' });
  await expect(reminder).toContainText('Herinnering: rond de enquête voor {bibliotheek} af');
  await expect(page.getByTestId('template-preview')).toContainText(`Uitnodiging: vul de enquête in voor ${library.name}`);
});
