import AxeBuilder from '@axe-core/playwright';
import { toAmsterdamLocal } from '../../lib/editions/moments';
import { demoStaff, signInAs } from '../support/auth';
import { expect, test } from '../support/editions';
import { inviteNewLibraries } from '../support/libraries';
import { mailsTo, markSubmitted } from '../support/mail';

/** The start of the next whole minute at least 10 s away, as a datetime-local value in Dutch time (the field has minute steps). */
function nextMinute(): { value: string; at: Date } {
  // At least 30 s ahead, so that posting the plan and marking a library as sent fit before it on a slow machine.
  const at = new Date(Math.ceil((Date.now() + 30_000) / 60_000) * 60_000);
  return { value: toAmsterdamLocal(at), at };
}

test('a planned reminder is sent by the server at its moment, to those that have not submitted by then; a cancelled one never is', async ({
  page,
  openConcept: concept,
}) => {
  // The field has minute steps: the moment is up to 70 s away, then the server's next check (every 5 s).
  test.setTimeout(240_000);
  const [early, late, waiting] = inviteNewLibraries(concept, 3);
  markSubmitted(concept, early.name);

  await signInAs(page, 'coordinator', `/admin/editions/${concept}/mailings?minDays=0&includeNotMailed=1`);
  const reminder = page.getByRole('region', { name: 'Herinnering versturen' });
  const planned = page.getByRole('region', { name: 'Geplande herinneringen' });
  await expect(planned).toContainText('Er zijn geen herinneringen gepland.');

  // One plan far ahead, cancelled again.
  await reminder.getByLabel('Moment (Nederlandse tijd)').fill(toAmsterdamLocal(new Date(Date.now() + 3 * 24 * 60 * 60 * 1000)));
  await reminder.getByRole('button', { name: 'Plannen' }).click();
  await expect(reminder.getByRole('status').filter({ hasText: 'Herinnering gepland' })).toBeVisible();
  await planned.getByRole('button', { name: /^Geplande herinnering van .* annuleren$/ }).click();
  // The list now shows it as cancelled, without a button.
  await expect(planned.getByRole('listitem').filter({ hasText: 'geannuleerd' })).toHaveCount(1);
  await expect(planned.getByRole('button', { name: /annuleren$/ })).toHaveCount(0);

  // A moment in the past is refused at the field.
  await reminder.getByLabel('Moment (Nederlandse tijd)').fill('2020-01-01T09:00');
  await reminder.getByRole('button', { name: 'Plannen' }).click();
  await expect(page.locator('#plan-at-error')).toHaveText('Dit moment is al voorbij: kies een moment in de toekomst.');

  // One a few seconds ahead; a library submits before its moment and gets nothing.
  const soon = nextMinute();
  await reminder.getByLabel('Moment (Nederlandse tijd)').fill(soon.value);
  await reminder.getByRole('button', { name: 'Plannen' }).click();
  const item = planned.getByRole('listitem', {
    name: `Herinnering op ${soon.value.replace('T', ' ')}, gepland door ${demoStaff.coordinator.email}`,
  });
  await expect(item).toContainText('gepland');
  // Their links came from the import, not by mail: the plan keeps the choice to include them.
  await expect(item).toContainText('ook wie nog geen uitnodiging per mail kreeg');
  markSubmitted(concept, late.name);
  // The list with a planned and a cancelled reminder passes axe.
  const axe = await new AxeBuilder({ page }).include('#main').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // The page follows by itself until the server has started and sent it.
  await expect(item).toContainText('gestart', { timeout: 120_000 });
  await expect(page.getByRole('article', { name: /^Herinnering van / })).toContainText(
    'verstuurd: 1, overgeslagen: 0, mislukt: 0, nog te gaan: 0',
    { timeout: 30_000 },
  );
  expect(await mailsTo(early.email)).toEqual([]);
  expect(await mailsTo(late.email)).toEqual([]);
  const mails = await mailsTo(waiting.email);
  expect(mails.map((m) => m.subject)).toEqual([`Herinnering: de enquête voor ${waiting.name}`]);
  await expect(planned.getByRole('listitem').filter({ hasText: 'geannuleerd' })).toHaveCount(1);

  // The monitoring page shows the reminder in the library's timeline.
  await page.goto(`/admin/editions/${concept}/respons`);
  const row = page.getByRole('row', { name: new RegExp(waiting.name) });
  await row.getByText('Tijdlijn').click();
  await expect(row.getByText('Herinnering verstuurd')).toBeVisible();
});
