import { expect, test } from '@playwright/test';

test('home page explains how libraries take part', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enquête bibliotheeknetwerk');
  await expect(page.getByRole('link', { name: 'Inloggen voor medewerkers' })).toBeVisible();
});
