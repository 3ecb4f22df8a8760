import { expect, test } from '@playwright/test';
import { signInRequest } from './support/auth';

// "%A" ends in the middle of an escape and %E0%A4 is half a UTF-8 character:
// no route can decode these paths, so they are the client's mistake (400 or 404), not the server's.
const malformed = '%E0%A4%A';
const paths = [
  `/r/${malformed}`,
  `/r/${malformed}/afdrukken`,
  `/api/v1/responses/${malformed}`,
  `/api/v1/editions/${malformed}/results`,
  `/api/auth/${malformed}`,
  `/admin/${malformed}`,
  `/admin/editions/${malformed}/results`,
  `/${malformed}`,
];

test('paths with broken percent-encoding get 400 or 404, never a server error', async ({ playwright, baseURL, request }) => {
  const admin = await playwright.request.newContext({ baseURL });
  await signInRequest(admin, 'admin');
  for (const [who, context] of [
    ['anonymous', request],
    ['admin', admin],
  ] as const) {
    for (const path of paths) {
      for (const method of ['GET', 'PUT']) {
        const response = await context.fetch(path, { method, maxRedirects: 0, ...(method === 'PUT' ? { data: { answers: {} } } : {}) });
        expect([400, 404], `${who} ${method} ${path}`).toContain(response.status());
      }
    }
  }
  await admin.dispose();
});
