import { signInAs } from '../support/auth';
import { addLibrary, expect, test } from '../support/libraries';

test('an admin invites a new library; a coordinator shows its link, which opens the questionnaire, and replaces it', async ({
  page,
  browser,
  libraryName,
}) => {
  await signInAs(page, 'admin', '/admin/libraries');
  await addLibrary(page, { name: libraryName, province: 'Drenthe', email: 'uitnodiging@voorbeeld.nl' });

  await page.goto('/admin/editions/2022-2023/invitations');
  const invite = page.getByRole('region', { name: 'Uitnodigen' });
  await invite.getByRole('checkbox', { name: `${libraryName} uitnodigen` }).check();
  await invite.getByRole('button', { name: 'Geselecteerde bibliotheken uitnodigen' }).click();
  await expect(invite.getByRole('status')).toHaveText('1 bibliotheek uitgenodigd.');
  await expect(page.getByRole('row', { name: new RegExp(libraryName) })).toContainText('uitnodiging@voorbeeld.nl');

  // A coordinator gives the library its link.
  const coordinatorContext = await browser.newContext();
  const coordinator = await coordinatorContext.newPage();
  await signInAs(coordinator, 'coordinator', '/admin/editions/2022-2023/invitations');
  await expect(coordinator.getByRole('region', { name: 'Uitnodigen' })).toHaveCount(0);
  const row = coordinator.getByRole('row', { name: new RegExp(libraryName) });
  await row.getByRole('button', { name: `Link van ${libraryName} tonen` }).click();
  const shown = row.getByTestId('invitation-link');
  await expect(shown).toHaveText(/\/r\/[A-Za-z0-9_-]{43}$/);
  const oldLink = (await shown.textContent())!;

  const library = await browser.newPage();
  await library.goto(oldLink);
  await expect(library.getByText(libraryName, { exact: true })).toBeVisible();
  // A link nobody has used yet opens on the start page.
  await expect(library.getByRole('link', { name: 'Beginnen' })).toBeVisible();

  // Replacing asks first; then the old link stops working and the new one works.
  await row.getByRole('button', { name: `Link van ${libraryName} vervangen` }).click();
  await expect(row.getByText(`De huidige link van ${libraryName} werkt daarna meteen niet meer.`, { exact: false })).toBeVisible();
  await row.getByRole('button', { name: 'Ja, link vervangen' }).click();
  await expect(row.getByRole('status')).toContainText(`Nieuwe link van ${libraryName}; de oude werkt niet meer:`);
  const newLink = (await row.getByTestId('invitation-link').textContent())!;
  expect(newLink).not.toBe(oldLink);

  expect((await library.goto(oldLink))?.status()).toBe(404);
  expect((await library.goto(newLink))?.status()).toBe(200);
  await expect(library.getByText(libraryName, { exact: true })).toBeVisible();

  // Showing it again gives the new link.
  await coordinator.reload();
  await row.getByRole('button', { name: `Link van ${libraryName} tonen` }).click();
  await expect(row.getByTestId('invitation-link')).toHaveText(newLink);
  await coordinatorContext.close();
});
