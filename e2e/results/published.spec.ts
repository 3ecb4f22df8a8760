import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { resolveFigures, type Publication } from '../../lib/results/published';
import { signInAs } from '../support/auth';
import { ResultsPage } from './results-page';

// Read as published, never retyped: every figure on the published page must appear on ours.
const publication: Publication = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../../shared/publication/published-figures.json'), 'utf8'),
);

test('the results page shows every published figure on the demo data', async ({ page }) => {
  await signInAs(page, 'admin');
  const results = new ResultsPage(page);
  await results.goto(publication.edition);
  await expect(page.getByText(`Vergeleken met ${publication.previousEdition}`)).toBeVisible();

  for (const figure of resolveFigures(publication)) {
    await test.step(`${figure.option}: ${figure.percent}%`, async () => {
      const section = figure.base ? results.questionWithBase(figure.base) : results.question(figure.questionText);
      await expect(section).toHaveCount(1);
      if (!figure.base) {
        await expect(section.locator('.results-base')).toHaveText(`${publication.base.label}, N: ${publication.base.n}`);
      }
      const cells = await results.cells(section, figure.option);
      await expect(cells.percent).toHaveText(`${figure.percent}%`);
      if (figure.previousPercent !== undefined) {
        await expect(cells.previous).toHaveText(`${figure.previousPercent}%`);
      }
    });
  }

  // The publication's sentences, computed.
  const top = resolveFigures(publication)[0];
  const option = top.option.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await expect(page.getByText(new RegExp(`^${top.percent}% van de bibliotheken noemt .*${option}`, 'i'))).toBeVisible();
  await expect(page.getByText('Bibliotheken konden meer dan één antwoord kiezen', { exact: false }).first()).toBeVisible();
});
