import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { runCli, signInRequest } from '../support/auth';
import { loopbackClient, type LoopbackClient } from '../support/client-address';
import { notStartedLink, readDemoLinks } from '../support/links';
import { routeRules, type Caller, type RouteRule } from '../support/route-rules';

/**
 * Requests every route of the matrix as every kind of caller and checks the
 * status (and where a redirect goes). Planned routes of other branches are
 * skipped while their file does not exist yet.
 */

const unknownToken = 'Onbekend0000000000000000000000000000000000A';

function fileExists(rule: RouteRule): boolean {
  // [code] / [token] folders; route groups may sit anywhere, so search by the suffix.
  const suffix = (rule.route === '/' ? '' : rule.route) + (rule.kind === 'page' ? '/page.tsx' : '/route.ts');
  const walk = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  return walk('app')
    .map(
      (f) =>
        '/' +
        path
          .relative('app', f)
          .split(path.sep)
          .filter((p) => !/^\(.*\)$/.test(p))
          .join('/'),
    )
    .some((f) => f === suffix || (rule.route === '/' && f === '/page.tsx'));
}

const callers: Caller[] = ['anonymous', 'respondent', 'coordinator', 'admin', 'apiKey'];

test.describe('authorization matrix', () => {
  const contexts = new Map<Caller, APIRequestContext>();
  let apiKey = '';
  // An address of its own, so the unknown tokens below never push other specs' requests over the token limit.
  let client: LoopbackClient;

  test.beforeAll(async ({ playwright, baseURL }) => {
    apiKey = runCli(['create-api-key', '--name', 'matrix']).trim().split('\n').at(-1)!;
    client = await loopbackClient();
    for (const caller of callers) {
      const extra: Record<string, string> = caller === 'apiKey' ? { Authorization: `Bearer ${apiKey}` } : {};
      const context = await playwright.request.newContext({ baseURL, extraHTTPHeaders: extra, proxy: client.proxy });
      if (caller === 'admin' || caller === 'coordinator') await signInRequest(context, caller);
      contexts.set(caller, context);
    }
  });

  test.afterAll(async () => {
    for (const context of contexts.values()) await context.dispose();
    await client.close();
  });

  for (const rule of routeRules) {
    test(`${rule.method} ${rule.route}`, async () => {
      test.skip(!!rule.planned && !fileExists(rule), 'planned route, not on this branch yet');
      const validToken = notStartedLink(0).token;
      const edition = readDemoLinks()[0].edition;
      for (const caller of callers) {
        const expected = rule.expect[caller as Exclude<Caller, 'apiKey'>] ?? (caller === 'apiKey' ? rule.expect.apiKey : undefined);
        if (!expected) continue;
        const url = rule.url.replaceAll('{token}', caller === 'respondent' ? validToken : unknownToken).replaceAll('{edition}', edition);
        const response = await contexts.get(caller)!.fetch(url, {
          method: rule.method,
          maxRedirects: 0,
          ...(rule.body !== undefined ? { data: rule.body } : {}),
        });
        const where = `${caller} ${rule.method} ${url}`;
        expect(response.status(), where).toBe(expected.status);
        if (expected.location) {
          const location = new URL(response.headers()['location'], 'http://x');
          expect(location.pathname + location.search, where).toMatch(
            new RegExp(
              '^' +
                expected.location
                  .replaceAll(encodeURIComponent('{edition}'), encodeURIComponent(edition))
                  .replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
            ),
          );
        }
      }
    });
  }
});
