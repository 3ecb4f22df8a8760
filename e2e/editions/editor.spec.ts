import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { signInAs } from '../support/auth';
import { auditEntries, expect, openEdition, test } from '../support/editions';

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const saved = (page: Page) => page.getByRole('status').filter({ hasText: /^Opgeslagen/ });
const problems = (page: Page) => page.getByRole('alert').filter({ hasText: /^Niet opgeslagen/ });

test('an admin rewords a question and adds an option in the editor, meets the schema at the fields, and previews it as a library', async ({
  page,
  concept,
}) => {
  // Four axe scans of the editor's long page (14-15 s each on the shared two cores) beside the edits: more than the default minute.
  test.setTimeout(150_000);
  await signInAs(page, 'admin', `/admin/editions/${concept}`);
  await page.getByRole('link', { name: 'Vragenlijst bewerken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Vragenlijst van editie ${concept} bewerken` })).toBeVisible();
  await expectNoViolations(page);

  const tevreden = page.getByRole('group', { name: 'Vraag 2.1 · TEVREDEN' });
  await tevreden.getByLabel('Vraagtekst').fill('Wat ging dit schooljaar goed in de samenwerking met het voortgezet onderwijs?');
  await tevreden.getByRole('button', { name: 'Antwoordoptie toevoegen' }).click();
  const added = tevreden.getByRole('group', { name: 'Antwoord 11 · OPTIE_1' });
  await expect(added.getByLabel('Antwoordtekst')).toBeFocused();
  await added.getByLabel('Antwoordtekst').fill('Digitaal aanbod');
  await added.getByLabel('Antwoordcode').fill('DIGITAAL');
  await expect(page.getByText('Er zijn wijzigingen die nog niet zijn opgeslagen.')).toBeVisible();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(saved(page)).toContainText('Opgeslagen: 2 wijzigingen.');
  await expect(saved(page)).toBeFocused();
  await expect(saved(page).getByRole('row', { name: /vraag TEVREDEN: de vraagtekst/ })).toContainText('Wat ging dit schooljaar goed');
  await expect(page.getByText('Er zijn wijzigingen die nog niet zijn opgeslagen.')).toHaveCount(0);

  // At most 12 of 11 options: refused in the browser, at the field, with a summary that leads there.
  const maxChoices = tevreden.getByLabel('Maximaal aantal keuzes');
  await maxChoices.fill('12');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(problems(page)).toBeFocused();
  await expect(maxChoices).toHaveAttribute('aria-invalid', 'true');
  await expect(maxChoices).toHaveAccessibleDescription(/Maximaal 12 keuzes kan niet: de vraag heeft maar 11 antwoordopties\.$/);
  await expectNoViolations(page);
  await problems(page)
    .getByRole('link', { name: /vraag TEVREDEN: het maximum aantal keuzes: Maximaal 12 keuzes kan niet/ })
    .click();
  await expect(maxChoices).toBeFocused();
  // Fixed, the message goes at once.
  await maxChoices.fill('3');
  await expect(maxChoices).not.toHaveAttribute('aria-invalid');

  // A condition needs at least one answer to its question.
  const toelichting = page.getByRole('group', { name: 'Vraag 4.1 · TOELICHTING' });
  await toelichting.getByLabel('Alleen tonen na vraag').selectOption('VO_SAMENWERKING');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  const shownWith = toelichting.getByRole('group', { name: 'Tonen bij een van deze antwoorden op VO_SAMENWERKING' });
  await expect(shownWith).toHaveAccessibleDescription('Kies minstens één antwoord waarbij de vraag getoond wordt.');
  await shownWith.getByLabel('Nee', { exact: true }).check();
  await expect(shownWith).not.toHaveAccessibleDescription(/Kies minstens/);
  await toelichting.getByLabel('Alleen tonen na vraag').selectOption('');

  // A condition that points at a later question: the first page moved below the second.
  await page.getByRole('region', { name: 'Pagina 1 · SAMENWERKING' }).getByRole('button', { name: 'Pagina omlaag' }).click();
  const movedDown = page.getByRole('region', { name: 'Pagina 2 · SAMENWERKING' });
  await expect(movedDown.getByRole('button', { name: 'Pagina omlaag' })).toBeFocused();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(problems(page)).toBeFocused();
  const condition = page.getByRole('group', { name: 'Vraag 1.1 · TEVREDEN' }).getByLabel('Alleen tonen na vraag');
  await expect(condition).toHaveAccessibleDescription(
    'De voorwaarde verwijst naar vraag VO_SAMENWERKING, die later komt. Een voorwaarde kan alleen naar een eerdere vraag verwijzen.',
  );
  await expect(condition.locator('option:checked')).toHaveText('VO_SAMENWERKING (geen eerdere keuzevraag)');
  await movedDown.getByRole('button', { name: 'Pagina omhoog' }).click();
  await expect(page.getByRole('group', { name: 'Vraag 2.1 · TEVREDEN' }).getByLabel('Alleen tonen na vraag')).not.toHaveAttribute(
    'aria-invalid',
  );
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(saved(page)).toHaveText('Opgeslagen: er was niets gewijzigd.');

  // The preview: the stored questionnaire through the library's own form, saving nothing.
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/v1/responses')) sent.push(request.url());
  });
  await page.getByRole('link', { name: 'Voorbeeld bekijken' }).click();
  await expect(page.getByText('Voorbeeld: antwoorden worden niet opgeslagen.')).toBeVisible();
  // It opens on the start page, as a library's new link does.
  await page.getByRole('link', { name: 'Beginnen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Samenwerking', exact: true })).toBeVisible();
  await expectNoViolations(page);
  await page
    .getByRole('group', { name: /Werkt jouw bibliotheek samen/ })
    .getByRole('radio', { name: 'Ja', exact: true })
    .check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  const question = page.getByRole('group', { name: /^Wat ging dit schooljaar goed in de samenwerking met het voortgezet onderwijs\?/ });
  await expect(question.getByRole('checkbox')).toHaveCount(11);
  await expect(question.getByRole('checkbox').last()).toHaveAccessibleName('Digitaal aanbod');
  // Its rules work as for a library: at most three.
  for (const label of ['Digitaal aanbod', 'Voldoende financiering', 'Voldoende personele bezetting'])
    await question.getByRole('checkbox', { name: label, exact: true }).check();
  await expect(question.getByRole('checkbox', { name: 'Expertise binnen de bibliotheek', exact: true })).toBeDisabled();
  await expectNoViolations(page);
  expect(sent).toEqual([]);
  expect(auditEntries(concept).filter((e) => e.action === 'edition.definition_changed')).toHaveLength(1);
});

test('an open edition: structure is read-only, a refusal from the server is shown at the field, and a wording correction is saved and logged', async ({
  page,
  adminApi,
  concept,
}) => {
  await signInAs(page, 'admin', `/admin/editions/${concept}/vragenlijst`);
  // Opened elsewhere while this editor still shows the concept: the server refuses the structure change.
  const required = page.getByRole('group', { name: 'Vraag 1.1 · VO_SAMENWERKING' }).getByLabel('Verplicht om te beantwoorden');
  await required.uncheck();
  await openEdition(adminApi, concept);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(problems(page)).toContainText(`Editie ${concept} is geopend: alleen teksten kunnen nog worden verbeterd.`);
  await expect(required).toHaveAccessibleDescription(/^Ligt vast sinds de editie geopend is: verplicht \(was true, nu false\)/);

  page.once('dialog', (dialog) => {
    // The changes were not saved: leaving asks first.
    expect(dialog.type()).toBe('beforeunload');
    void dialog.accept();
  });
  await page.reload();
  await expect(
    page.getByText(`Editie ${concept} is geopend: codes, vraagsoorten, antwoordopties, grenzen en voorwaarden liggen vast`),
  ).toBeVisible();
  const tevreden = page.getByRole('group', { name: 'Vraag 2.1 · TEVREDEN' });
  await expect(tevreden.getByLabel('Vraagcode')).not.toBeEditable();
  await expect(tevreden.getByLabel('Vraagcode')).toHaveAccessibleDescription('Ligt vast sinds de editie geopend is.');
  await expect(tevreden.getByLabel('Vraagsoort')).toBeDisabled();
  await expect(tevreden.getByLabel('Maximaal aantal keuzes')).not.toBeEditable();
  await expect(tevreden.getByLabel('Alleen tonen na vraag')).toBeDisabled();
  await expect(page.getByRole('button', { name: /toevoegen|omhoog|omlaag|verwijderen/ })).toHaveCount(0);
  await expect(tevreden.getByLabel('Vraagtekst')).toBeEditable();
  await expectNoViolations(page);

  await tevreden
    .getByRole('group', { name: 'Antwoord 2 · EXPERTISE_BIBLIOTHEEK' })
    .getByLabel('Antwoordtekst')
    .fill('Deskundigheid binnen de bibliotheek');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(saved(page)).toContainText('Opgeslagen: 1 wijziging.');
  await expect(
    saved(page)
      .getByRole('row', { name: /antwoord EXPERTISE_BIBLIOTHEEK: de antwoordtekst/ })
      .getByRole('cell'),
  ).toHaveText(['Expertise binnen de bibliotheek', 'Deskundigheid binnen de bibliotheek']);
  await saved(page).getByRole('link', { name: 'Naar het logboek' }).click();
  const entry = page
    .getByRole('row')
    .filter({ hasText: `Editie ${concept}` })
    .first();
  await expect(entry).toContainText('Deskundigheid binnen de bibliotheek');
  await expect(entry).toContainText('beheerder@demo.enquete.nl');
  expect(auditEntries(concept).map((e) => e.action)).toEqual(['edition.created', 'edition.opened', 'edition.definition_changed']);
});

test('coordinators may preview an edition but not edit it', async ({ page, concept }) => {
  await signInAs(page, 'coordinator', `/admin/editions/${concept}`);
  await expect(page.getByRole('link', { name: 'Vragenlijst bewerken' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Voorbeeld bekijken' }).click();
  await expect(page.getByText('Voorbeeld: antwoorden worden niet opgeslagen.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Vragenlijst bewerken' })).toHaveCount(0);
  await page.goto(`/admin/editions/${concept}/vragenlijst`);
  await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 320, height: 740 } });

  test('the editor and the preview fit 320 px and pass axe', async ({ page, concept }) => {
    await signInAs(page, 'admin', `/admin/editions/${concept}/vragenlijst`);
    for (const path of [`/admin/editions/${concept}/vragenlijst`, `/admin/editions/${concept}/vragenlijst/voorbeeld`]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${path} is ${width}px wide`).toBeLessThanOrEqual(320);
      await expectNoViolations(page);
    }
  });
});

test('two editors on one concept: the second save is refused as stale, stores nothing, and leads to the latest version', async ({
  page,
  adminApi,
  concept,
}) => {
  const url = `/admin/editions/${concept}/vragenlijst`;
  await signInAs(page, 'admin', url);
  const other = await page.context().newPage();
  await other.goto(url);

  await page.getByLabel('Titel van de vragenlijst').fill('Titel van de eerste beheerder');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(saved(page)).toContainText('Opgeslagen: 1 wijziging.');

  const question = other.getByRole('group', { name: 'Vraag 2.1 · TEVREDEN' }).getByLabel('Vraagtekst');
  await question.fill('Tekst van de tweede beheerder');
  await other.getByRole('button', { name: 'Opslaan' }).click();
  const stale = other.getByRole('alert').filter({ hasText: 'Niet opgeslagen: de vragenlijst is intussen gewijzigd' });
  await expect(stale).toBeFocused();
  await expect(stale).toContainText('Iemand anders heeft de vragenlijst intussen gewijzigd.');
  await expect(stale).toContainText('Je wijzigingen die hier nog niet zijn opgeslagen gaan daarbij verloren');
  await expect(saved(other)).toHaveCount(0);
  await expectNoViolations(other);

  const stored = await (await adminApi.get(`/api/v1/editions/${concept}/definition`)).json();
  expect(stored.title).toBe('Titel van de eerste beheerder');
  expect(stored.pages[1].questions[0].text).not.toBe('Tekst van de tweede beheerder');
  expect(auditEntries(concept).filter((e) => e.action === 'edition.definition_changed')).toHaveLength(1);

  // The refused edits can be taken along as a file first.
  const [download] = await Promise.all([
    other.waitForEvent('download'),
    stale.getByRole('button', { name: 'Mijn versie downloaden (JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${concept}-mijn-versie.json`);
  const kept = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
  expect(kept.pages[1].questions[0].text).toBe('Tekst van de tweede beheerder');

  // The latest version, without the browser asking again: the notice said what is lost.
  await stale.getByRole('button', { name: 'Laad de nieuwste versie' }).click();
  await expect(other.getByLabel('Titel van de vragenlijst')).toHaveValue('Titel van de eerste beheerder');
  await expect(question).not.toHaveValue('Tekst van de tweede beheerder');
  await question.fill('Tekst van de tweede beheerder');
  await other.getByRole('button', { name: 'Opslaan' }).click();
  await expect(saved(other)).toContainText('Opgeslagen: 1 wijziging.');

  // The first editor goes on from the version it saved, which is now stale too.
  await page.getByLabel('Titel van de vragenlijst').fill('Nog een titel');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'intussen gewijzigd' })).toBeVisible();

  // The log names what the detail means.
  await page.goto('/admin/audit-log?actie=edition.definition_changed');
  await expect(page.getByRole('term').filter({ hasText: 'Structuur gewijzigd' }).first()).toBeVisible();
  await expect(page.getByText('structureChanged')).toHaveCount(0);
});

test('the API: the definition carries its version as ETag, and a PUT with an older If-Match is refused with 412', async ({
  adminApi,
  concept,
}) => {
  const path = `/api/v1/editions/${concept}/definition`;
  const read = await adminApi.get(path);
  const etag = read.headers()['etag'];
  expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
  const definition = await read.json();

  const first = await adminApi.put(path, { data: { ...definition, title: 'Eerste' }, headers: { 'If-Match': etag } });
  expect(first.status(), await first.text()).toBe(200);
  expect(first.headers()['etag']).toMatch(/^"[0-9a-f]{64}"$/);
  expect(first.headers()['etag']).not.toBe(etag);

  const second = await adminApi.put(path, { data: { ...definition, title: 'Tweede' }, headers: { 'If-Match': etag } });
  expect(second.status()).toBe(412);
  expect(await second.json()).toMatchObject({
    reason: 'stale',
    error: expect.stringMatching(/^Iemand anders heeft de vragenlijst intussen gewijzigd/),
    errors: [],
  });
  const now = await adminApi.get(path);
  expect((await now.json()).title).toBe('Eerste');
  expect(now.headers()['etag']).toBe(first.headers()['etag']);

  // Without If-Match, as a script that owns the definition: allowed (docs/api.md).
  const unconditional = await adminApi.put(path, { data: { ...definition, title: 'Script' } });
  expect(unconditional.status()).toBe(200);
});
