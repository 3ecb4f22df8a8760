import { signInAs } from '../support/auth';
import { expect, test, uniqueLibraryName } from '../support/libraries';

test('an admin adds a library, with messages at the fields first, then edits its e-mail address and deactivates it', async ({
  page,
  libraryName,
}) => {
  await signInAs(page, 'admin', '/admin/libraries');
  await page.getByRole('link', { name: 'Bibliotheek toevoegen' }).click();
  const form = page.getByRole('form', { name: 'Bibliotheek toevoegen' });
  await form.getByLabel('Naam').fill(libraryName);
  await form.getByLabel('E-mailadres').fill('geen-adres');
  await form.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(form.locator('#library-province-error')).toHaveText('Kies een provincie uit de lijst.');
  await expect(form.locator('#library-email-error')).toHaveText('Vul een geldig e-mailadres in, zoals info@bibliotheek.nl.');
  await expect(form.getByLabel('E-mailadres')).toHaveAttribute('aria-invalid', 'true');
  // What was typed is still there.
  await expect(form.getByLabel('Naam')).toHaveValue(libraryName);

  await form.getByLabel('Provincie').selectOption('Zeeland');
  await form.getByLabel('E-mailadres').fill('info@voorbeeld.nl');
  await form.getByLabel('Grootteklasse').selectOption({ label: 'middelgroot' });
  await form.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(form.getByRole('status')).toHaveText(`${libraryName} is toegevoegd aan het register.`);

  // The same name in other capitals is the same library.
  await form.getByLabel('Naam').fill(libraryName.toUpperCase());
  await form.getByLabel('Provincie').selectOption('Zeeland');
  await form.getByLabel('E-mailadres').fill('ander@voorbeeld.nl');
  await form.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(form.locator('#library-name-error')).toHaveText(
    `Er staat al een bibliotheek met deze naam in het register: ${libraryName}.`,
  );

  // Found by part of its name, in the register.
  await page.goto('/admin/libraries');
  await page.getByRole('searchbox', { name: 'Naam bevat' }).fill(libraryName.slice(-8).toLowerCase());
  await page.getByRole('button', { name: 'Toon' }).click();
  const row = page.getByRole('row', { name: new RegExp(libraryName) });
  await expect(row).toContainText('Zeeland');
  await expect(row).toContainText('middelgroot');
  await row.getByRole('link', { name: `${libraryName} bewerken` }).click();

  const edit = page.getByRole('form', { name: `${libraryName} bewerken` });
  await expect(edit.getByLabel('E-mailadres')).toHaveValue('info@voorbeeld.nl');
  await edit.getByLabel('E-mailadres').fill('nieuw@voorbeeld.nl');
  await edit.getByRole('button', { name: 'Opslaan' }).click();
  await expect(edit.getByRole('status')).toHaveText(`De gegevens van ${libraryName} zijn opgeslagen.`);
  await expect(edit.getByLabel('E-mailadres')).toHaveValue('nieuw@voorbeeld.nl');

  await page.getByRole('button', { name: 'Deactiveren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'gedeactiveerd' })).toHaveText(`${libraryName} is gedeactiveerd.`);
  await page.goto(`/admin/libraries?status=inactive&q=${encodeURIComponent(libraryName)}`);
  await expect(page.getByRole('row', { name: new RegExp(libraryName) })).toContainText('nieuw@voorbeeld.nl');
  await expect(page.getByRole('row', { name: new RegExp(libraryName) })).toContainText('Gedeactiveerd');
});

test('an admin imports a CSV: a bad line is shown with its number and nothing is imported; the corrected file imports', async ({
  page,
}) => {
  const first = uniqueLibraryName('Import A');
  const second = uniqueLibraryName('Import B');
  await signInAs(page, 'admin', '/admin/libraries/import');
  const form = page.getByRole('form', { name: 'Bibliotheken importeren' });
  const upload = async (content: string) => {
    await form
      .getByLabel('CSV-bestand')
      .setInputFiles({ name: 'bibliotheken.csv', mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
    await form.getByRole('button', { name: 'Importeren' }).click();
  };

  await upload(`name;province;email;size_class\n${first};Utrecht;a@voorbeeld.nl;klein\n${second};Atlantis;b@voorbeeld.nl;\n`);
  await expect(form.getByRole('alert')).toHaveText('Niets geïmporteerd: het bestand bevat 1 fout.');
  await expect(form.getByRole('list', { name: 'Niets geïmporteerd: het bestand bevat 1 fout.' }).getByRole('listitem')).toHaveText([
    /^Regel 3: provincie moet een van Groningen, .* zijn$/,
  ]);
  await page.goto(`/admin/libraries?q=${encodeURIComponent(first)}`);
  await expect(page.getByText('Geen bibliotheken gevonden.')).toBeVisible();

  await page.goto('/admin/libraries/import');
  await upload(`name;province;email;size_class\n${first};Utrecht;a@voorbeeld.nl;klein\n${second};Limburg;b@voorbeeld.nl;\n`);
  await expect(form.getByRole('status')).toHaveText('Import gelukt: 2 bibliotheken toegevoegd, 0 bijgewerkt.');
  await page.goto(`/admin/libraries?q=${encodeURIComponent(first)}`);
  await expect(page.getByRole('row', { name: new RegExp(first) })).toContainText('klein');
});

test('a coordinator reads the register but cannot change it', async ({ page }) => {
  await signInAs(page, 'coordinator', '/admin/libraries');
  await expect(page.getByRole('heading', { level: 1, name: 'Bibliotheken' })).toBeVisible();
  await expect(page.getByText('Je kunt het register bekijken; alleen beheerders kunnen het wijzigen.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Bibliotheek toevoegen' })).toHaveCount(0);
  await expect(page.getByRole('row', { name: /Bibliotheek Groningen/ }).getByRole('link')).toHaveCount(0);
  for (const path of ['/admin/libraries/new', '/admin/libraries/import', '/admin/libraries/1']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole('heading', { name: 'Geen toegang' })).toBeVisible();
  }
});
