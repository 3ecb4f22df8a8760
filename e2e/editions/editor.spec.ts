import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { signInAs } from '../support/auth';
import { auditEntries, expect, test } from '../support/editions';

const DAY = 24 * 60 * 60 * 1000;

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const saved = (page: Page) => page.getByRole('status').filter({ hasText: /^Opgeslagen/ });
const problems = (page: Page) => page.getByRole('alert').filter({ hasText: /^Niet opgeslagen/ });

test('an admin rewords a question and adds an option in the editor, meets the schema at the fields, and previews it as a library', async ({ page, concept }) => {
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
  await problems(page).getByRole('link', { name: /vraag TEVREDEN: het maximum aantal keuzes: Maximaal 12 keuzes kan niet/ }).click();
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
  await expect(page.getByRole('group', { name: 'Vraag 2.1 · TEVREDEN' }).getByLabel('Alleen tonen na vraag')).not.toHaveAttribute('aria-invalid');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(saved(page)).toHaveText('Opgeslagen: er was niets gewijzigd.');

  // The preview: the stored questionnaire through the library's own form, saving nothing.
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/v1/responses')) sent.push(request.url());
  });
  await page.getByRole('link', { name: 'Voorbeeld bekijken' }).click();
  await expect(page.getByText('Voorbeeld: antwoorden worden niet opgeslagen.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Samenwerking' })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole('group', { name: /Werkt jouw bibliotheek samen/ }).getByRole('radio', { name: 'Ja', exact: true }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  const question = page.getByRole('group', { name: /^Wat ging dit schooljaar goed in de samenwerking met het voortgezet onderwijs\?/ });
  await expect(question.getByRole('checkbox')).toHaveCount(11);
  await expect(question.getByRole('checkbox').last()).toHaveAccessibleName('Digitaal aanbod');
  // Its rules work as for a library: at most three.
  for (const label of ['Digitaal aanbod', 'Voldoende financiering', 'Voldoende personele bezetting']) await question.getByRole('checkbox', { name: label, exact: true }).check();
  await expect(question.getByRole('checkbox', { name: 'Expertise binnen de bibliotheek', exact: true })).toBeDisabled();
  await expectNoViolations(page);
  expect(sent).toEqual([]);
  expect(auditEntries(concept).filter((e) => e.action === 'edition.definition_changed')).toHaveLength(1);
});

test('an open edition: structure is read-only, a refusal from the server is shown at the field, and a wording correction is saved and logged', async ({ page, adminApi, concept }) => {
  await signInAs(page, 'admin', `/admin/editions/${concept}/vragenlijst`);
  // Opened elsewhere while this editor still shows the concept: the server refuses the structure change.
  const required = page.getByRole('group', { name: 'Vraag 1.1 · VO_SAMENWERKING' }).getByLabel('Verplicht om te beantwoorden');
  await required.uncheck();
  const opened = await adminApi.post(`/api/v1/editions/${concept}/open`, { data: { closesAt: new Date(Date.now() + 30 * DAY).toISOString() } });
  expect(opened.status()).toBe(200);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(problems(page)).toContainText(`Editie ${concept} is geopend: alleen teksten kunnen nog worden verbeterd.`);
  await expect(required).toHaveAccessibleDescription(/^Ligt vast sinds de editie geopend is: verplicht \(was true, nu false\)/);

  page.once('dialog', (dialog) => {
    // The changes were not saved: leaving asks first.
    expect(dialog.type()).toBe('beforeunload');
    void dialog.accept();
  });
  await page.reload();
  await expect(page.getByText(`Editie ${concept} is geopend: codes, vraagsoorten, antwoordopties, grenzen en voorwaarden liggen vast`)).toBeVisible();
  const tevreden = page.getByRole('group', { name: 'Vraag 2.1 · TEVREDEN' });
  await expect(tevreden.getByLabel('Vraagcode')).not.toBeEditable();
  await expect(tevreden.getByLabel('Vraagcode')).toHaveAccessibleDescription('Ligt vast sinds de editie geopend is.');
  await expect(tevreden.getByLabel('Vraagsoort')).toBeDisabled();
  await expect(tevreden.getByLabel('Maximaal aantal keuzes')).not.toBeEditable();
  await expect(tevreden.getByLabel('Alleen tonen na vraag')).toBeDisabled();
  await expect(page.getByRole('button', { name: /toevoegen|omhoog|omlaag|verwijderen/ })).toHaveCount(0);
  await expect(tevreden.getByLabel('Vraagtekst')).toBeEditable();
  await expectNoViolations(page);

  await tevreden.getByRole('group', { name: 'Antwoord 2 · EXPERTISE_BIBLIOTHEEK' }).getByLabel('Antwoordtekst').fill('Deskundigheid binnen de bibliotheek');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(saved(page)).toContainText('Opgeslagen: 1 wijziging.');
  await expect(saved(page).getByRole('row', { name: /antwoord EXPERTISE_BIBLIOTHEEK: de antwoordtekst/ }).getByRole('cell')).toHaveText([
    'Expertise binnen de bibliotheek',
    'Deskundigheid binnen de bibliotheek',
  ]);
  await saved(page).getByRole('link', { name: 'Naar het logboek' }).click();
  const entry = page.getByRole('row').filter({ hasText: `Editie ${concept}` }).first();
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
