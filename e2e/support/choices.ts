import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect } from './open-edition';

export { expect, test } from './open-edition';

/** Whether `first` comes before `second` in the document. */
export async function comesBefore(first: Locator, second: Locator): Promise<boolean> {
  const other = await second.elementHandle();
  return first.evaluate((a, b) => (a.compareDocumentPosition(b as Node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0, other);
}

/** How far right of `reference` the left edge of `element` starts, in CSS pixels. */
export async function indentOf(element: Locator, reference: Locator): Promise<number> {
  const [a, b] = [await element.boundingBox(), await reference.boundingBox()];
  return a!.x - b!.x;
}

/** The messages a choice question announces (its polite status regions). */
export function announcements(question: Locator): Locator {
  return question.getByRole('status');
}

export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, what).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${what}: no sideways scrolling`).toBeLessThanOrEqual(
    page.viewportSize()!.width,
  );
}
