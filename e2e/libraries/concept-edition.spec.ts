import { parse } from 'csv-parse/sync';
import { runCli, signInAs } from '../support/auth';
import { addConceptEdition, addLibrary, expect, test } from '../support/libraries';

test('a library invited for a concept edition is told the questionnaire is not open yet, on the form and the print page', async ({
  page,
  libraryName,
}) => {
  const edition = addConceptEdition();
  await signInAs(page, 'admin', '/admin/libraries');
  await addLibrary(page, { name: libraryName, province: 'Flevoland', email: 'concept@voorbeeld.nl' });

  const [link] = parse(runCli(['invite', '--edition', edition, '--library', libraryName]), { columns: true }) as {
    name: string;
    url: string;
  }[];
  expect(link.name).toBe(libraryName);

  await page.goto(`/admin/editions/${edition}/invitations`);
  await expect(page.getByText('Deze editie is nog in voorbereiding.', { exact: false })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(libraryName) })).toBeVisible();

  // The CLI here does not know the test server's address: follow the link's path.
  const path = new URL(link.url).pathname;
  for (const url of [path, `${path}/afdrukken`]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Deze vragenlijst is nog niet geopend' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Volgende' })).toHaveCount(0);
  }
});
