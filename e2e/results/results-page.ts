import { expect, type Locator, type Page } from '@playwright/test';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The results page of an edition, read the way a reader does: per question section, per table row. */
export class ResultsPage {
  constructor(private readonly page: Page) {}

  async goto(edition: string, query = '') {
    await this.page.goto(`/admin/editions/${edition}/results${query}`);
    await expect(this.page.getByRole('heading', { level: 1 })).toContainText(edition);
  }

  /** A question's section, by its text (case-insensitive). */
  question(text: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${escape(text.trim())}$`, 'i') });
  }

  /** A question's section, by a phrase in its base ("bibliotheken die 'Financiering' als knelpunt kozen"). */
  questionWithBase(base: string): Locator {
    return this.page.getByRole('region').filter({ has: this.page.locator('.results-base', { hasText: base }) });
  }

  async baseN(section: Locator): Promise<number> {
    const text = await section.locator('.results-base').innerText();
    return Number(/N: ([\d.]+)/.exec(text)![1].replace(/\./g, ''));
  }

  /**
   * The table row for an option: the label equal to `label` (case-insensitive),
   * or else the row whose label starts `label` (a published figure described
   * at more length than the page labels it).
   */
  async row(section: Locator, label: string): Promise<Locator> {
    const headers = await section.getByRole('rowheader').allInnerTexts();
    const wanted = label.trim().toLowerCase();
    const match = headers.find((h) => h.trim().toLowerCase() === wanted) ?? headers.find((h) => wanted.startsWith(h.trim().toLowerCase()));
    if (!match) throw new Error(`no row for "${label}" among ${JSON.stringify(headers)}`);
    return section.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: match, exact: true }) });
  }

  /** Cells after the label: count, percent, previous edition, change. */
  async cells(section: Locator, label: string) {
    const cells = (await this.row(section, label)).getByRole('cell');
    return { count: cells.nth(0), percent: cells.nth(1), previous: cells.nth(2), change: cells.nth(3) };
  }

  async count(section: Locator, label: string): Promise<number> {
    return Number((await (await this.cells(section, label)).count.innerText()).replace(/\./g, ''));
  }

  async submitted(): Promise<number> {
    return Number(/(\d+)/.exec(await this.page.getByText(/^Verstuurd: \d+$/).innerText())![1]);
  }
}
