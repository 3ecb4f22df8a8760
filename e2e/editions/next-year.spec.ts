import type { APIRequestContext, Page } from '@playwright/test';
import { toAmsterdamLocal } from '../../lib/editions/moments';
import { ResultsPage } from '../results/results-page';
import { signInAs } from '../support/auth';
import { expect, test, uniqueSchoolYear } from '../support/editions';
import { uniqueLibraryName } from '../support/libraries';

/**
 * Issue 9 end to end: next year's questionnaire without a developer. An admin
 * copies last year's edition, rewords a question and adds an option in the
 * editor, previews it, adds and invites libraries, opens it; libraries answer
 * through their links; the results sit beside last year's; the open edition's
 * structure is locked; and it closes by itself at its closing moment.
 */

const DAY = 24 * 60 * 60 * 1000;
const NEW_TEXT = 'Wat ging er dit jaar goed in de samenwerking met het voortgezet onderwijs?';

const answersOf = (tevreden: string[]) => ({
  VO_SAMENWERKING: 'JA',
  TEVREDEN: tevreden,
  KNELPUNTEN: ['LESROOSTER'],
});

async function createCopy(page: Page, code: string) {
  await signInAs(page, 'admin', '/admin/editions/new');
  const form = page.getByRole('form', { name: 'Nieuwe editie' });
  await form.getByLabel('Schooljaar van de nieuwe editie').fill(code);
  await form.getByLabel('Kopie van').selectOption('2022-2023');
  await form.getByRole('button', { name: 'Editie aanmaken' }).click();
  await page.waitForURL(`**/admin/editions/${code}?aangemaakt=1`);
  await expect(page.getByText('Concept', { exact: true })).toBeVisible();
}

async function rewordAndAddOption(page: Page) {
  await page.getByRole('link', { name: 'Vragenlijst bewerken' }).click();
  const tevreden = page.getByRole('group', { name: 'Vraag 2.1 · TEVREDEN' });
  await tevreden.getByLabel('Vraagtekst').fill(NEW_TEXT);
  await tevreden.getByRole('button', { name: 'Antwoordoptie toevoegen' }).click();
  const added = tevreden.getByRole('group', { name: 'Antwoord 11 · OPTIE_1' });
  await added.getByLabel('Antwoordtekst').fill('Digitaal aanbod');
  await added.getByLabel('Antwoordcode').fill('DIGITAAL');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toContainText('Opgeslagen: 2 wijzigingen.');
}

async function preview(page: Page) {
  await page.getByRole('link', { name: 'Voorbeeld bekijken' }).click();
  await expect(page.getByText('Voorbeeld: antwoorden worden niet opgeslagen.')).toBeVisible();
  // The preview opens on the start page, with the texts copied from last year's.
  await page.getByRole('link', { name: 'Beginnen' }).click();
  await page
    .getByRole('group', { name: /Werkt jouw bibliotheek samen/ })
    .getByRole('radio', { name: 'Ja', exact: true })
    .check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  const question = page.getByRole('group', { name: new RegExp(`^${NEW_TEXT.replace('?', '\\?')}`) });
  await expect(question.getByRole('checkbox', { name: 'Digitaal aanbod', exact: true })).toBeVisible();
}

async function importLibraries(page: Page, names: string[]) {
  await page.goto('/admin/libraries/import');
  const form = page.getByRole('form', { name: 'Bibliotheken importeren' });
  const csv = ['name,province,email', ...names.map((name, i) => `${name},Utrecht,volgend-jaar-${i}@bibliotheek.nl`)].join('\n');
  await form.getByLabel('CSV-bestand').setInputFiles({ name: 'bibliotheken.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await form.getByRole('button', { name: 'Importeren' }).click();
  await expect(form.getByRole('status')).toHaveText(`Import gelukt: ${names.length} bibliotheken toegevoegd, 0 bijgewerkt.`);
}

/** Invites the libraries on the edition's invitations page and reads their links back; returns the tokens. */
async function inviteAndShowLinks(page: Page, code: string, names: string[]): Promise<string[]> {
  await page.goto(`/admin/editions/${code}/invitations`);
  const invite = page.getByRole('region', { name: 'Uitnodigen' });
  for (const name of names) await invite.getByRole('checkbox', { name: `${name} uitnodigen` }).check();
  await invite.getByRole('button', { name: 'Geselecteerde bibliotheken uitnodigen' }).click();
  await expect(invite.getByRole('status')).toHaveText(`${names.length} bibliotheken uitgenodigd.`);
  const tokens: string[] = [];
  for (const name of names) {
    const row = page.getByRole('row', { name: new RegExp(name) });
    await row.getByRole('button', { name: `Link van ${name} tonen` }).click();
    const link = (await row.getByTestId('invitation-link').textContent())!;
    tokens.push(new URL(link).pathname.split('/').pop()!);
  }
  return tokens;
}

async function open(page: Page, code: string) {
  await page.goto(`/admin/editions/${code}`);
  await page.getByLabel('Sluitmoment').fill(toAmsterdamLocal(new Date(Date.now() + 30 * DAY)));
  await page.getByRole('button', { name: 'Editie openen', exact: true }).click();
  await page.getByRole('button', { name: 'Ja, editie openen' }).click();
  await expect(page.getByRole('status')).toHaveText(`Editie ${code} is geopend.`);
}

/** One library clicks through its questionnaire and sends it, choosing the new option. */
async function answerInBrowser(page: Page, token: string) {
  await page.goto(`/r/${token}`);
  await page.getByRole('link', { name: 'Beginnen' }).click();
  await page
    .getByRole('group', { name: /Werkt jouw bibliotheek samen/ })
    .getByRole('radio', { name: 'Ja', exact: true })
    .check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page
    .getByRole('group', { name: new RegExp(`^${NEW_TEXT.replace('?', '\\?')}`) })
    .getByRole('checkbox', { name: 'Digitaal aanbod', exact: true })
    .check();
  await page
    .getByRole('group', { name: /knelpunten/i })
    .first()
    .getByRole('checkbox', { name: /lesrooster/i })
    .check();
  const send = page.getByRole('button', { name: /versturen|indienen/i });
  while (!(await send.isVisible())) await page.getByRole('button', { name: 'Volgende' }).click();
  await send.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bedankt!');
}

async function answerThroughApi(request: APIRequestContext, token: string, tevreden: string[]) {
  const saved = await request.put(`/api/v1/responses/${token}`, { data: { answers: answersOf(tevreden), submit: true, version: 0 } });
  expect(saved.status(), await saved.text()).toBe(200);
}

test('next year without a developer: copy, edit, preview, invite, open, answer, compare with last year, locked, closed by itself', async ({
  page,
  browser,
  request,
  adminApi,
}) => {
  test.setTimeout(180_000);
  const code = uniqueSchoolYear();
  await createCopy(page, code);
  await rewordAndAddOption(page);
  await preview(page);

  const names = Array.from({ length: 5 }, (_, i) => uniqueLibraryName(`volgend jaar ${i + 1}`));
  await importLibraries(page, names);
  const tokens = await inviteAndShowLinks(page, code, names);
  await open(page, code);

  // One library answers in its browser, four more through the API: five, the smallest group with figures.
  const library = await browser.newPage();
  await answerInBrowser(library, tokens[0]);
  await library.close();
  await answerThroughApi(request, tokens[1], ['DIGITAAL', 'SAMENWERKING_SCHOLEN']);
  for (const token of tokens.slice(2)) await answerThroughApi(request, token, ['SAMENWERKING_SCHOLEN']);

  // The results of the new edition, beside last year's, with the new option counted.
  const results = new ResultsPage(page);
  await results.goto(code);
  expect(await results.submitted()).toBe(5);
  await expect(page.getByText('Vergeleken met 2022-2023').first()).toBeVisible();
  const tevreden = results.question(NEW_TEXT);
  expect(await results.count(tevreden, 'Digitaal aanbod')).toBe(2);
  expect(await results.count(tevreden, 'Goed verlopende samenwerking met scholen')).toBe(4);
  await expect((await results.cells(tevreden, 'Goed verlopende samenwerking met scholen')).previous).not.toHaveText('');

  // Open, its structure is locked: the editor offers no new options and the API refuses one.
  await page.goto(`/admin/editions/${code}/vragenlijst`);
  await expect(
    page.getByRole('group', { name: 'Vraag 2.1 · TEVREDEN' }).getByRole('button', { name: 'Antwoordoptie toevoegen' }),
  ).toHaveCount(0);
  const definition = await (await adminApi.get(`/api/v1/editions/${code}/definition`)).json();
  definition.pages[1].questions[0].options.push({ code: 'NOG_EEN', label: 'Nog een antwoord' });
  const refused = await adminApi.put(`/api/v1/editions/${code}/definition`, { data: definition });
  expect(refused.status()).toBe(409);
  expect(await refused.json()).toMatchObject({ reason: 'locked' });

  // It closes by itself at its closing moment: moved to a few seconds ahead, nobody closes it.
  const closesAt = new Date(Date.now() + 3_000);
  expect((await adminApi.patch(`/api/v1/editions/${code}`, { data: { closesAt: closesAt.toISOString() } })).status()).toBe(200);
  // Version 0 is stale for a sent response, so these saves store nothing before the closing
  // moment (409 stale) and are refused as closed after it.
  const save = async () => {
    const response = await request.put(`/api/v1/responses/${tokens[2]}`, {
      data: { answers: answersOf(['LEESBEVORDERING']), submit: true, version: 0 },
    });
    return ((await response.json()) as { reason?: string }).reason;
  };
  await expect.poll(save, { timeout: 30_000, intervals: [500] }).toBe('closed');
  await page.goto(`/r/${tokens[2]}`);
  await expect(page.getByText('De vragenlijst is gesloten; de antwoorden kunnen niet meer worden gewijzigd.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Jullie antwoorden' })).toContainText('Goed verlopende samenwerking met scholen');
});
