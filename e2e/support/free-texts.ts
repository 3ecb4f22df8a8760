import { expect, type APIRequestContext } from '@playwright/test';

/** Saves (or with `submit`, sends) a library's answers through the respondents' API. */
export async function sendAnswers(request: APIRequestContext, token: string, answers: Record<string, unknown>, submit = true) {
  const response = await request.put(`/api/v1/responses/${token}`, { data: { answers, submit } });
  expect(response.status(), await response.text()).toBe(200);
}
