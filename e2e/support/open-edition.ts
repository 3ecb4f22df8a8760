import { expect, inviteNewLibrary, openEdition, test as editionTest } from './editions';
import { completeAnswers, QuestionnairePage } from './questionnaire-page';

/** 30 June 2099, 23:59 in Amsterdam (summer time): a closing moment far ahead, as the start page writes it. */
export const farClosingMoment = { at: new Date(Date.UTC(2099, 5, 30, 21, 59)), shown: '30 juni 2099 om 23:59' };

/**
 * A questionnaire of its own per test, so nothing a test answers meets
 * another test or the demo's figures.
 */
type Fixtures = {
  /** A concept copied from 2022-2023 (so with its questions and start page texts, school year replaced), one library invited, then opened. */
  opened: { code: string; token: string };
  /** That library's questionnaire. */
  form: QuestionnairePage;
  /** That library's complete answers, sent in through the respondents' API; the answers as sent. */
  sent: Record<string, unknown>;
};

export const test = editionTest.extend<Fixtures>({
  opened: async ({ adminApi, concept }, provide) => {
    const token = inviteNewLibrary(concept);
    await openEdition(adminApi, concept, farClosingMoment.at);
    await provide({ code: concept, token });
  },
  form: async ({ page, opened }, provide) => {
    await provide(new QuestionnairePage(page, opened));
  },
  sent: async ({ request, opened }, provide) => {
    const response = await request.put(`/api/v1/responses/${opened.token}`, {
      data: { answers: completeAnswers, submit: true, version: 0 },
    });
    expect(response.status(), await response.text()).toBe(200);
    await provide(completeAnswers);
  },
});

export { expect };
