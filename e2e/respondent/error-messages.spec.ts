import { QuestionnairePage, questions } from '../support/questionnaire-page';
import { expect, test } from '../support/open-edition';

test('each error says what to do for that question, at the field and in the summary, which goes once the errors are fixed', async ({
  page,
  opened,
}) => {
  const form = new QuestionnairePage(page, opened);
  await form.open('?pagina=1');

  // A yes/no question.
  await form.next();
  await expect(form.errorSummary.getByRole('link')).toHaveText(['Kies ja of nee']);
  await expect(form.question(questions.filter)).toHaveAccessibleDescription(/Kies ja of nee/);
  await form.radio(questions.filter, 'Ja').check();
  await expect(form.errorSummary).toHaveCount(0);
  await expect(form.question(questions.filter)).not.toHaveAccessibleDescription(/Kies ja of nee/);

  // Two multiple choices: each entry goes when its question is answered, the summary with the last.
  await form.next();
  await form.expectStep(2, 4);
  await form.next();
  await expect(form.errorSummary.getByRole('link')).toHaveText([
    'Kies minstens één antwoord bij wat goed ging in de samenwerking',
    'Kies minstens één antwoord bij de knelpunten',
  ]);
  await expect(form.question(questions.bottlenecks)).toHaveAccessibleDescription(/Kies minstens één antwoord bij de knelpunten/);
  await form.choice(questions.satisfaction, 'Expertise binnen de bibliotheek').check();
  await expect(form.errorSummary.getByRole('link')).toHaveText(['Kies minstens één antwoord bij de knelpunten']);
  await form.choice(questions.bottlenecks, 'Anders, namelijk ...').check();
  await expect(form.errorSummary).toHaveCount(0);

  await form.next();
  await expect(form.errorSummary.getByRole('link')).toHaveText(["Vul bij de knelpunten in wat je bedoelt met 'Anders, namelijk ...'"]);
  await form.otherText(questions.bottlenecks).fill('Vervoer van klassen');
  await expect(form.errorSummary).toHaveCount(0);

  // Numbers: which number, and how to write it.
  await form.next();
  await form.expectStep(3, 4);
  const locations = form.field(/Hoeveel schoollocaties voor voortgezet onderwijs/);
  const hours = form.field(/Hoeveel uur per week/);
  await locations.fill('2,5');
  await hours.fill('-1');
  await form.next();
  await expect(form.errorSummary.getByRole('link')).toHaveText([
    'Vul het aantal schoollocaties in het werkgebied in als een heel getal',
    'Het aantal uur per week moet 0 of meer zijn',
  ]);
  await expect(locations).toHaveAccessibleDescription(/Vul het aantal schoollocaties in het werkgebied in als een heel getal/);
  await expect(hours).toHaveAccessibleDescription(/Het aantal uur per week moet 0 of meer zijn/);
  await locations.fill('12');
  await expect(form.errorSummary.getByRole('link')).toHaveText(['Het aantal uur per week moet 0 of meer zijn']);
  await hours.fill('3');
  await expect(form.errorSummary).toHaveCount(0);
  await form.next();
  await form.expectStep(4, 4);
});

test('the server refuses with the same message the page shows', async ({ page, opened }) => {
  const form = new QuestionnairePage(page, opened);
  const refused = await page.request.put(form.apiPath, {
    data: { answers: { VO_SAMENWERKING: 'JA', TEVREDEN: ['EXPERTISE_BIBLIOTHEEK'], KNELPUNTEN: [] }, submit: true },
  });
  expect(refused.status()).toBe(422);
  expect((await refused.json()).errors).toEqual([{ question: 'KNELPUNTEN', message: 'Kies minstens één antwoord bij de knelpunten' }]);
});

test('Volgende pressed straight after typing a wrong number is not lost: the errors appear after the press', async ({ page, form }) => {
  await form.toNumbersPage();

  // Typed, then the pointer goes straight to Volgende: the field is still focused when the button is pressed.
  const hours = form.field(/Hoeveel uur per week/);
  await hours.fill('-1');
  const next = page.getByRole('button', { name: 'Volgende' });
  await next.scrollIntoViewIfNeeded();
  await expect(hours).toBeFocused();
  const box = (await next.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  // A person holds the button for about a tenth of a second: a few frames, in which leaving the field could show its message.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let frames = 6;
        const tick = () => (--frames === 0 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
  );
  await page.mouse.up();

  await expect(form.errorSummary.getByRole('link')).toHaveText(['Het aantal uur per week moet 0 of meer zijn']);
  await expect(form.errorSummary).toBeFocused();
  await expect(hours).toHaveAccessibleDescription(/Het aantal uur per week moet 0 of meer zijn/);
});
