import { expect, type Locator, type Page, type Response } from '@playwright/test';
import type { DemoLink } from './links';

/** The respondent's questionnaire at /r/<token>, driven through roles and labels only. */
export class QuestionnairePage {
  readonly token: string;

  constructor(
    readonly page: Page,
    link: Pick<DemoLink, 'token'>,
  ) {
    this.token = link.token;
  }

  get path(): string {
    return `/r/${this.token}`;
  }

  get apiPath(): string {
    return `/api/v1/responses/${this.token}`;
  }

  /**
   * The link as sent, or with `query` ('?pagina=2'). Without a query, a
   * response not started yet shows the start page first: its "Beginnen" is
   * followed, so callers land on step 1 of the form either way.
   */
  async open(query = ''): Promise<void> {
    await this.page.goto(`${this.path}${query}`);
    // The start page is rendered on the server: after the load it is there or it is not.
    if (query === '' && (await this.startLink.count()) > 0) {
      await this.startLink.click();
      await this.page.waitForURL(/\?pagina=1$/);
    }
  }

  /** From page 1 to page 3, the numbers (2022-2023's questions, which copies keep), with the fewest answers that lead there. */
  async toNumbersPage(): Promise<void> {
    await this.open('?pagina=1');
    await this.radio(questions.filter, 'Ja').check();
    await this.next();
    await this.choice(questions.satisfaction, 'Expertise binnen de bibliotheek').check();
    await this.choice(questions.bottlenecks, 'Geen knelpunten').check();
    await this.next();
    await this.expectStep(3, 4);
  }

  /** The start page's way into the form. */
  get startLink(): Locator {
    return this.page.getByRole('link', { name: 'Beginnen' });
  }

  /** A question by (part of) its text: a fieldset group for choices, a labelled field otherwise. */
  question(text: string | RegExp): Locator {
    return this.page.getByRole('group', { name: text });
  }

  choice(questionText: string | RegExp, label: string): Locator {
    return this.question(questionText).getByRole('checkbox', { name: label, exact: true });
  }

  radio(questionText: string | RegExp, label: string): Locator {
    return this.question(questionText).getByRole('radio', { name: label, exact: true });
  }

  /** The text an "Anders, namelijk ..." option opens right under it, named by that option. */
  otherText(questionText: string | RegExp, label = 'Anders, namelijk ...'): Locator {
    return this.question(questionText).getByRole('textbox', { name: label, exact: true });
  }

  field(label: string | RegExp): Locator {
    return this.page.getByLabel(label);
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get progressText(): Locator {
    return this.page.getByText(/^Stap \d+ van \d+$/);
  }

  get progressBar(): Locator {
    return this.page.getByRole('progressbar');
  }

  get saveStatus(): Locator {
    return this.page.getByRole('status').filter({ hasText: /opgeslagen|opslaan/i });
  }

  get errorSummary(): Locator {
    return this.page.getByRole('alert').filter({ has: this.page.getByRole('heading', { name: 'Er is een probleem' }) });
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: 'Volgende' }).click();
  }

  async previous(): Promise<void> {
    await this.page.getByRole('button', { name: 'Vorige' }).click();
  }

  /** On the check step after the last page. */
  get submitButton(): Locator {
    return this.page.getByRole('button', { name: 'Antwoorden versturen' });
  }

  /** From the last question page: on to the check step, then send. */
  async submit(): Promise<void> {
    await this.next();
    await expect(this.heading).toHaveText('Controleer je antwoorden');
    await this.submitButton.click();
  }

  /** The last question page: its button leads to the check step. */
  async expectLastPage(): Promise<void> {
    await expect(this.page.getByRole('button', { name: 'Volgende' })).toBeVisible();
    await expect(this.progressText).toHaveText(/^Stap (\d+) van \1$/);
  }

  /** Runs an action and waits for the autosave it causes to be acknowledged. */
  async saving(action: () => Promise<unknown>): Promise<Response> {
    // A request started by this action, not one already in flight.
    const started = this.page.waitForRequest((r) => r.url().includes('/api/v1/responses/') && r.method() === 'PUT');
    await action();
    const response = (await (await started).response())!;
    await expect(this.saveStatus).toHaveText(/Opgeslagen om \d{2}:\d{2}/);
    return response;
  }

  async expectStep(current: number, total: number): Promise<void> {
    await expect(this.progressText).toHaveText(`Stap ${current} van ${total}`);
    await expect(this.progressBar).toHaveAttribute('value', String(current));
    await expect(this.progressBar).toHaveAttribute('max', String(total));
  }

  /** The stored response, read through the public API. */
  async stored(): Promise<{
    status: string;
    version: number;
    answers: Record<string, unknown>;
    pendingChanges: boolean;
    submittedAnswers: Record<string, unknown> | null;
    submittedAt: string | null;
  }> {
    const res = await this.page.request.get(this.apiPath);
    expect(res.status()).toBe(200);
    return (await res.json()).response;
  }
}

export const questions = {
  filter: /^Werkt jouw bibliotheek samen/,
  satisfaction: /Met welke drie elementen van de dienstverlening/,
  bottlenecks: /drie meest voorkomende knelpunten/,
  followUp: /vanwege onvoldoende financiering/,
  staffHours: /aantal personeelsuren/,
};

/** The answers of a complete questionnaire (2022-2023's questions, which copies keep). */
export const completeAnswers = {
  VO_SAMENWERKING: 'JA',
  TEVREDEN: ['SAMENWERKING_SCHOLEN', 'EXPERTISE_BIBLIOTHEEK'],
  KNELPUNTEN: ['FINANCIERING', 'ANDERS'],
  KNELPUNTEN__other: 'Vervoer',
  FINANCIERING_MINDER_SCHOLEN: 'JA',
  UREN_PER_WEEK: 12.5,
};
