import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { toAmsterdamLocal } from '../../lib/editions/moments';
import { signInAs } from '../support/auth';
import { auditEntries, expect, inviteNewLibrary, openEdition, test, uniqueSchoolYear } from '../support/editions';

const DAY = 24 * 60 * 60 * 1000;

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('an admin creates an edition from 2022-2023, reviews the year replacements, sets the moments and opens it; its results page works, empty', async ({
  page,
}) => {
  const code = uniqueSchoolYear();
  await signInAs(page, 'admin', '/admin/editions');
  await expect(page.getByRole('heading', { level: 1, name: 'Edities' })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole('link', { name: 'Nieuwe editie' }).click();

  const form = page.getByRole('form', { name: 'Nieuwe editie' });
  await expect(form.getByLabel('Schooljaar van de nieuwe editie')).toHaveValue('2023-2024');
  await expectNoViolations(page);
  // A code that is not a school year is refused at the field.
  await form.getByLabel('Schooljaar van de nieuwe editie').fill('2023-2025');
  await form.getByRole('button', { name: 'Editie aanmaken' }).click();
  await expect(form.locator('#new-code-error')).toHaveText(
    'Een editiecode is een schooljaar van twee opeenvolgende jaren, zoals 2023-2024.',
  );
  await form.getByLabel('Schooljaar van de nieuwe editie').fill(code);
  await form.getByLabel('Kopie van').selectOption('2022-2023');
  await form.getByRole('button', { name: 'Editie aanmaken' }).click();

  await page.waitForURL(`**/admin/editions/${code}?aangemaakt=1`);
  await expect(page.getByRole('heading', { level: 1, name: `Editie ${code}` })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(
    `Editie ${code} is aangemaakt als concept. Controleer hieronder de vervangingen van het schooljaar.`,
  );
  await expect(page.getByText('Concept', { exact: true })).toBeVisible();

  // The replacements, shown for review: where, was, becomes.
  const review = page.getByRole('region', { name: 'Vervangingen van het schooljaar' });
  await expect(review.getByRole('row')).toHaveCount(5);
  const titleRow = review.getByRole('row', { name: /^Vragenlijst: de titel/ });
  await expect(titleRow.getByRole('cell')).toHaveText([
    'Samenwerking met het voortgezet onderwijs 2022-2023',
    `Samenwerking met het voortgezet onderwijs ${code}`,
  ]);
  await expect(review.getByRole('row', { name: /vraag TEVREDEN: de vraagtekst/ })).toContainText(`schooljaar ${code}`);
  await expect(review.getByRole('row', { name: /^Vragenlijst: het doel \(startpagina\)/ })).toContainText(`schooljaar ${code}`);
  await expectNoViolations(page);

  // Opening needs a closing moment; then it opens after confirmation.
  await page.getByRole('button', { name: 'Editie openen', exact: true }).click();
  await page.getByRole('button', { name: 'Ja, editie openen' }).click();
  await expect(page.locator('#moment-closesAt-error')).toHaveText(
    'Stel een sluitmoment in: een geopende editie sluit op dat moment vanzelf.',
  );
  await expect(page.getByLabel('Sluitmoment')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Sluitmoment').fill(toAmsterdamLocal(new Date(Date.now() + 30 * DAY)));
  await page.getByRole('button', { name: 'Editie openen', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Ja, editie openen' })).toBeFocused();
  await page.getByRole('button', { name: 'Ja, editie openen' }).click();
  await page.waitForURL(`**/admin/editions/${code}?gedaan=geopend`);
  await expect(page.getByRole('status')).toHaveText(`Editie ${code} is geopend.`);
  await expect(page.getByText('Open', { exact: true })).toBeVisible();
  expect(auditEntries(code).map((e) => [e.action, e.actorLabel])).toEqual([
    ['edition.created', 'beheerder@demo.enquete.nl'],
    ['edition.opened', 'beheerder@demo.enquete.nl'],
  ]);

  // The list shows it with its status and counts.
  await page.goto('/admin/editions');
  const row = page.getByRole('row', { name: new RegExp(`^${code}`) });
  await expect(row.getByRole('cell').nth(0)).toHaveText('Open');
  await expect(row.getByRole('cell').nth(3)).toHaveText('0');
  await expect(row.getByRole('cell').nth(4)).toHaveText('0 verstuurd, 0 begonnen maar nog niet verstuurd');

  // The results page of the new edition: nothing submitted, so no figures yet (fewer than 5).
  await row.getByRole('link', { name: `Resultaten ${code}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(code);
  await expect(page.getByText('Verstuurd: 0', { exact: true })).toBeVisible();
  await expect(page.getByText('Begonnen, nog niet verstuurd: 0', { exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Te weinig antwoorden om te tonen' })).toBeVisible();
});

test('changing an option of an open edition is refused; a wording correction is accepted and recorded', async ({
  page,
  adminApi,
  concept,
}) => {
  await openEdition(adminApi, concept);
  const definition = await (await adminApi.get(`/api/v1/editions/${concept}/definition`)).json();
  const withOption = structuredClone(definition);
  withOption.pages[1].questions[0].options.splice(9, 0, { code: 'DIGITAAL', label: 'Digitaal aanbod' });
  const corrected = structuredClone(definition);
  corrected.pages[1].questions[0].options[1].label = 'Deskundigheid binnen de bibliotheek';

  // Through the API: 409 locked, the reason at the field.
  const refused = await adminApi.put(`/api/v1/editions/${concept}/definition`, { data: withOption });
  expect(refused.status()).toBe(409);
  expect(await refused.json()).toMatchObject({
    reason: 'locked',
    errors: [
      { path: 'pages.1.questions.0.options', message: expect.stringContaining('Ligt vast sinds de editie geopend is: de antwoordopties') },
    ],
  });

  // Through the page: the upload is refused with the problem and where it is.
  await signInAs(page, 'admin', `/admin/editions/${concept}`);
  const upload = page.getByRole('form', { name: 'Vragenlijst uploaden' });
  await upload
    .getByLabel('JSON-bestand')
    .setInputFiles({ name: 'vragenlijst.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(withOption)) });
  await upload.getByRole('button', { name: 'Uploaden' }).click();
  const alert = upload.getByRole('alert');
  await expect(alert).toContainText(`Editie ${concept} is geopend: alleen teksten kunnen nog worden verbeterd.`);
  await expect(alert.getByRole('listitem')).toHaveText([
    /^Pagina SUCCESSEN_KNELPUNTEN › vraag TEVREDEN: de antwoordopties: Ligt vast sinds de editie geopend is/,
  ]);
  await expectNoViolations(page);

  // A wording correction goes through and is listed.
  await upload
    .getByLabel('JSON-bestand')
    .setInputFiles({ name: 'vragenlijst.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(corrected)) });
  await upload.getByRole('button', { name: 'Uploaden' }).click();
  const saved = upload.getByRole('status');
  await expect(saved).toContainText('De vragenlijst is opgeslagen: 1 wijziging.');
  await expect(saved.getByRole('row', { name: /antwoord EXPERTISE_BIBLIOTHEEK: de antwoordtekst/ }).getByRole('cell')).toHaveText([
    'Expertise binnen de bibliotheek',
    'Deskundigheid binnen de bibliotheek',
  ]);
  const stored = await (await adminApi.get(`/api/v1/editions/${concept}/definition`)).json();
  expect(stored.pages[1].questions[0].options.map((o: { code: string }) => o.code)).not.toContain('DIGITAAL');
  expect(stored.pages[1].questions[0].options[1].label).toBe('Deskundigheid binnen de bibliotheek');

  // Recorded: who, and the difference.
  const changes = auditEntries(concept).filter((e) => e.action === 'edition.definition_changed');
  expect(changes).toEqual([
    {
      action: 'edition.definition_changed',
      actorLabel: 'beheerder@demo.enquete.nl',
      details: {
        structureChanged: false,
        changes: [
          {
            path: 'pages.1.questions.0.options.1.label',
            from: 'Expertise binnen de bibliotheek',
            to: 'Deskundigheid binnen de bibliotheek',
          },
        ],
      },
    },
  ]);
});

test('a link to a concept says it is not open yet; once open, the edition closes by itself at its closing moment', async ({
  page,
  adminApi,
  concept,
  request,
}) => {
  const token = inviteNewLibrary(concept);
  const save = () => request.put(`/api/v1/responses/${token}`, { data: { answers: { VO_SAMENWERKING: 'JA' }, submit: false } });

  await page.goto(`/r/${token}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Deze vragenlijst is nog niet geopend' })).toBeVisible();
  const early = await save();
  expect(early.status()).toBe(409);
  expect(await early.json()).toMatchObject({ reason: 'not_open' });

  const opened = await adminApi.post(`/api/v1/editions/${concept}/open`, { data: { closesAt: new Date(Date.now() + DAY).toISOString() } });
  expect(await opened.json()).toMatchObject({ edition: { code: concept, status: 'open' } });
  expect((await save()).status()).toBe(200);
  await page.reload();
  await expect(page.getByRole('group', { name: /Werkt jouw bibliotheek samen/ })).toBeVisible();

  // The closing moment moved to a few seconds from now, through the API; nobody closes it after that.
  const closesAt = new Date(Date.now() + 3_000);
  const moved = await adminApi.patch(`/api/v1/editions/${concept}`, { data: { closesAt: closesAt.toISOString() } });
  expect(moved.status()).toBe(200);
  await expect.poll(async () => (await save()).status(), { timeout: 30_000, intervals: [500] }).toBe(409);
  expect(Date.now()).toBeGreaterThanOrEqual(closesAt.getTime());
  const refused = await save();
  expect(await refused.json()).toMatchObject({
    reason: 'closed',
    error: 'Deze vragenlijst is gesloten; antwoorden kunnen niet meer worden gewijzigd.',
  });
  expect(await (await adminApi.get(`/api/v1/editions/${concept}`)).json()).toMatchObject({ edition: { status: 'closed' } });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Deze vragenlijst is gesloten' })).toBeVisible();
  // The import that invited the library is logged too; here only the edition's own life counts.
  expect(
    auditEntries(concept)
      .map((e) => e.action)
      .filter((a) => a.startsWith('edition.')),
  ).toEqual(['edition.created', 'edition.opened', 'edition.dates_changed']);

  // An admin can extend it: a later closing moment opens it again.
  const extended = await adminApi.patch(`/api/v1/editions/${concept}`, { data: { closesAt: new Date(Date.now() + DAY).toISOString() } });
  expect(await extended.json()).toMatchObject({ edition: { status: 'open' } });
  expect((await save()).status()).toBe(200);
});

test('an admin closes an open edition early from its page and can reopen it', async ({ page, adminApi, concept }) => {
  await openEdition(adminApi, concept);
  await signInAs(page, 'admin', `/admin/editions/${concept}`);
  await page.getByRole('button', { name: 'Nu sluiten', exact: true }).click();
  await expect(page.getByRole('group', { name: 'Weet je het zeker?' })).toContainText(
    'Na het sluiten kunnen bibliotheken geen antwoorden meer opslaan',
  );
  await page.getByRole('button', { name: 'Ja, nu sluiten' }).click();
  await page.waitForURL(`**/admin/editions/${concept}?gedaan=gesloten`);
  await expect(page.getByText('Gesloten', { exact: true })).toBeVisible();

  await page.getByLabel('Sluitmoment').fill(toAmsterdamLocal(new Date(Date.now() + 10 * DAY)));
  await page.getByRole('button', { name: 'Editie opnieuw openen', exact: true }).click();
  await page.getByRole('button', { name: 'Ja, editie opnieuw openen' }).click();
  await page.waitForURL(`**/admin/editions/${concept}?gedaan=geopend`);
  await expect(page.getByText('Open', { exact: true })).toBeVisible();
  expect(auditEntries(concept).map((e) => e.action)).toEqual(['edition.created', 'edition.opened', 'edition.closed', 'edition.opened']);
});

test('coordinators read editions and download a definition, but see nothing to change', async ({ page, concept }) => {
  await signInAs(page, 'coordinator', '/admin/editions');
  await expect(page.getByRole('row', { name: new RegExp(`^${concept}`) })).toContainText('Concept');
  await expect(page.getByRole('link', { name: 'Nieuwe editie' })).toHaveCount(0);
  await page.getByRole('link', { name: concept, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Editie ${concept}` })).toBeVisible();
  await expect(page.getByRole('button')).toHaveText(['Uitloggen']);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Vragenlijst downloaden (JSON)' }).click();
  expect((await download).suggestedFilename()).toBe(`${concept}.json`);
  await page.goto('/admin/editions/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 320, height: 740 } });

  test('the edition pages fit 320 px and pass axe', async ({ page, concept }) => {
    await signInAs(page, 'admin', '/admin/editions');
    for (const path of ['/admin/editions', '/admin/editions/new', `/admin/editions/${concept}`]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${path} is ${width}px wide`).toBeLessThanOrEqual(320);
      await expectNoViolations(page);
    }
  });
});
