/**
 * The authorization matrix: for every route under app/ (every page.tsx and
 * every HTTP method a route.ts exports), what each kind of caller gets.
 * tests/route-rules.test.ts fails when a route file has no rule here;
 * e2e/auth/authorization-matrix.spec.ts requests each rule as each caller.
 *
 * A new route needs a rule in this file, in the same commit.
 */
export type Caller = 'anonymous' | 'respondent' | 'coordinator' | 'admin' | 'apiKey';

/**
 * status: the exact HTTP status (no redirects followed).
 * location: for 3xx, the start of the Location header (path and query).
 */
type Expectation = { status: number; location?: string };

export type RouteRule = {
  /** The route as Next.js sees it: folders without route groups, e.g. /r/[token]. */
  route: string;
  kind: 'page' | 'route';
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /**
   * The URL requested; `{token}` becomes the caller's invitation token (a valid
   * one for `respondent`, an unknown one for everyone else), `{edition}` an
   * existing edition code.
   */
  url: string;
  /** A JSON body for methods that take one. */
  body?: unknown;
  /** Being built on another branch: the e2e spec skips the rule while its file is missing. */
  planned?: boolean;
  expect: Record<Exclude<Caller, 'apiKey'>, Expectation> & { apiKey?: Expectation };
};

const ok: Expectation = { status: 200 };
const notFound: Expectation = { status: 404 };
const toLogin = (path: string): Expectation => ({ status: 307, location: `/login?callbackUrl=${encodeURIComponent(path)}` });
const forbidden: Expectation = { status: 403 };
const unauthorized: Expectation = { status: 401 };

/** Public pages and next-auth's own endpoints: the same for everyone. */
const everyone = (expectation: Expectation) => ({
  anonymous: expectation,
  respondent: expectation,
  coordinator: expectation,
  admin: expectation,
});

/** Token routes: only the token counts; a staff session grants nothing there. */
const tokenOnly = (valid: Expectation) => ({ anonymous: notFound, respondent: valid, coordinator: notFound, admin: notFound });

/** A staff page: anonymous callers and respondents are sent to sign in; too low a role gets 403. */
const staffPage = (route: string, url: string, least: 'coordinator' | 'admin'): RouteRule[] => [
  {
    route,
    kind: 'page',
    method: 'GET',
    url,
    expect: { anonymous: toLogin(url), respondent: toLogin(url), coordinator: least === 'admin' ? forbidden : ok, admin: ok },
  },
];

/** A staff API route: 401 without credentials, 403 below `least`; API keys act as admins. */
const staffApi = (least: 'coordinator' | 'admin', allowed: Expectation) => ({
  anonymous: unauthorized,
  respondent: unauthorized,
  coordinator: least === 'admin' ? forbidden : allowed,
  admin: allowed,
  apiKey: allowed,
});

export const routeRules: RouteRule[] = [
  { route: '/', kind: 'page', method: 'GET', url: '/', expect: everyone(ok) },
  {
    route: '/login',
    kind: 'page',
    method: 'GET',
    url: '/login',
    // Signed-in staff are sent on to the staff pages.
    expect: { anonymous: ok, respondent: ok, coordinator: { status: 307, location: '/admin' }, admin: { status: 307, location: '/admin' } },
  },
  { route: '/api/auth/[...nextauth]', kind: 'route', method: 'GET', url: '/api/auth/csrf', expect: everyone(ok) },
  {
    route: '/api/auth/[...nextauth]',
    kind: 'route',
    method: 'POST',
    // Without next-auth's CSRF token a sign-in post is bounced (on to /login) and signs nobody in.
    url: '/api/auth/callback/credentials',
    expect: everyone({ status: 302, location: '/api/auth/signin?csrf=true' }),
  },

  {
    route: '/api/v1/me',
    kind: 'route',
    method: 'GET',
    url: '/api/v1/me',
    expect: { anonymous: unauthorized, respondent: unauthorized, coordinator: ok, admin: ok, apiKey: ok },
  },

  // Respondent pages (another branch): public with a valid token, 404 without.
  { route: '/r/[token]', kind: 'page', method: 'GET', url: '/r/{token}', expect: tokenOnly(ok) },
  { route: '/r/[token]/afdrukken', kind: 'page', method: 'GET', url: '/r/{token}/afdrukken', expect: tokenOnly(ok) },
  // The questionnaire posted without JavaScript: a body that is not the form's gets 400 and stores nothing.
  {
    route: '/r/[token]/opslaan',
    kind: 'route',
    method: 'POST',
    url: '/r/{token}/opslaan',
    body: { submit: false },
    expect: tokenOnly({ status: 400 }),
  },
  { route: '/api/v1/responses/[token]', kind: 'route', method: 'GET', url: '/api/v1/responses/{token}', expect: tokenOnly(ok) },
  {
    route: '/api/v1/responses/[token]',
    kind: 'route',
    method: 'PUT',
    url: '/api/v1/responses/{token}',
    // A body without "answers": the valid token gets as far as validation (400) and nothing is stored.
    body: { submit: false },
    expect: tokenOnly({ status: 400 }),
  },

  // Staff pages: coordinator and up; accounts and keys for admins only.
  {
    route: '/admin',
    kind: 'page',
    method: 'GET',
    url: '/admin',
    expect: { anonymous: toLogin('/admin'), respondent: toLogin('/admin'), coordinator: ok, admin: ok },
  },
  // Any other /admin URL: sign in first, then a 404 inside the staff layout.
  {
    route: '/admin/[...rest]',
    kind: 'page',
    method: 'GET',
    url: '/admin/bestaat-niet',
    expect: {
      anonymous: toLogin('/admin/bestaat-niet'),
      respondent: toLogin('/admin/bestaat-niet'),
      coordinator: notFound,
      admin: notFound,
    },
  },
  {
    route: '/admin/users',
    kind: 'page',
    method: 'GET',
    url: '/admin/users',
    expect: { anonymous: toLogin('/admin/users'), respondent: toLogin('/admin/users'), coordinator: forbidden, admin: ok },
  },
  {
    route: '/admin/api-keys',
    kind: 'page',
    method: 'GET',
    url: '/admin/api-keys',
    expect: { anonymous: toLogin('/admin/api-keys'), respondent: toLogin('/admin/api-keys'), coordinator: forbidden, admin: ok },
  },
  {
    route: '/admin/editions/[code]/results',
    kind: 'page',
    method: 'GET',
    url: '/admin/editions/{edition}/results',
    expect: {
      anonymous: toLogin('/admin/editions/{edition}/results'),
      respondent: toLogin('/admin/editions/{edition}/results'),
      coordinator: ok,
      admin: ok,
    },
  },
  {
    route: '/admin/editions/[code]/results/[question]/chart.svg',
    kind: 'route',
    method: 'GET',
    // A download link in the staff pages: it behaves like a staff page, not like the JSON API.
    url: '/admin/editions/{edition}/results/TEVREDEN/chart.svg',
    expect: {
      anonymous: toLogin('/admin/editions/{edition}/results/TEVREDEN/chart.svg'),
      respondent: toLogin('/admin/editions/{edition}/results/TEVREDEN/chart.svg'),
      coordinator: ok,
      admin: ok,
    },
  },
  // Free texts can name their library: admins only, on the results page and on a page per question.
  ...staffPage('/admin/editions/[code]/results/[question]/teksten', '/admin/editions/{edition}/results/KNELPUNTEN/teksten', 'admin'),
  // The library register: staff read it, admins change it (the edit pages are theirs alone).
  {
    route: '/admin/libraries',
    kind: 'page',
    method: 'GET',
    url: '/admin/libraries',
    expect: { anonymous: toLogin('/admin/libraries'), respondent: toLogin('/admin/libraries'), coordinator: ok, admin: ok },
  },
  {
    route: '/admin/libraries/new',
    kind: 'page',
    method: 'GET',
    url: '/admin/libraries/new',
    expect: { anonymous: toLogin('/admin/libraries/new'), respondent: toLogin('/admin/libraries/new'), coordinator: forbidden, admin: ok },
  },
  {
    route: '/admin/libraries/import',
    kind: 'page',
    method: 'GET',
    url: '/admin/libraries/import',
    expect: {
      anonymous: toLogin('/admin/libraries/import'),
      respondent: toLogin('/admin/libraries/import'),
      coordinator: forbidden,
      admin: ok,
    },
  },
  {
    route: '/admin/libraries/[id]',
    kind: 'page',
    method: 'GET',
    // The seed's first demo library.
    url: '/admin/libraries/1',
    expect: { anonymous: toLogin('/admin/libraries/1'), respondent: toLogin('/admin/libraries/1'), coordinator: forbidden, admin: ok },
  },
  {
    route: '/api/v1/libraries',
    kind: 'route',
    method: 'GET',
    url: '/api/v1/libraries',
    expect: { anonymous: unauthorized, respondent: unauthorized, coordinator: ok, admin: ok, apiKey: ok },
  },
  // Invitations: staff list them and show or replace a link; inviting (a form on the page) is for admins.
  {
    route: '/admin/editions/[code]/invitations',
    kind: 'page',
    method: 'GET',
    url: '/admin/editions/{edition}/invitations',
    expect: {
      anonymous: toLogin('/admin/editions/{edition}/invitations'),
      respondent: toLogin('/admin/editions/{edition}/invitations'),
      coordinator: ok,
      admin: ok,
    },
  },
  // Monitoring: coordinators and admins follow the response; the live endpoint and the CSV behave like the page.
  ...staffPage('/admin/editions/[code]/respons', '/admin/editions/{edition}/respons', 'coordinator'),
  {
    route: '/admin/editions/[code]/respons/live',
    kind: 'route',
    method: 'GET',
    url: '/admin/editions/{edition}/respons/live',
    expect: {
      anonymous: toLogin('/admin/editions/{edition}/respons/live'),
      respondent: toLogin('/admin/editions/{edition}/respons/live'),
      coordinator: ok,
      admin: ok,
    },
  },
  {
    route: '/admin/editions/[code]/respons/export.csv',
    kind: 'route',
    method: 'GET',
    url: '/admin/editions/{edition}/respons/export.csv',
    expect: {
      anonymous: toLogin('/admin/editions/{edition}/respons/export.csv'),
      respondent: toLogin('/admin/editions/{edition}/respons/export.csv'),
      coordinator: ok,
      admin: ok,
    },
  },
  {
    route: '/api/v1/editions/[code]/monitoring',
    kind: 'route',
    method: 'GET',
    url: '/api/v1/editions/{edition}/monitoring',
    expect: staffApi('coordinator', ok),
  },
  // Exports of the answers per library: admins only (coordinators see the results, not a library's answers).
  ...staffPage('/admin/editions/[code]/export', '/admin/editions/{edition}/export', 'admin'),
  ...staffPage('/admin/editions/[code]/export/codebook', '/admin/editions/{edition}/export/codebook', 'admin'),
  {
    route: '/admin/editions/[code]/export/download',
    kind: 'route',
    method: 'GET',
    url: '/admin/editions/{edition}/export/download?format=csv',
    expect: {
      anonymous: toLogin('/admin/editions/{edition}/export/download?format=csv'),
      respondent: toLogin('/admin/editions/{edition}/export/download?format=csv'),
      coordinator: forbidden,
      admin: ok,
    },
  },
  {
    route: '/api/v1/editions/[code]/export',
    kind: 'route',
    method: 'GET',
    url: '/api/v1/editions/{edition}/export?format=csv',
    expect: staffApi('admin', ok),
  },
  // Mailings: coordinators see who would get mail and start invitation and reminder mailings.
  {
    route: '/admin/editions/[code]/mailings',
    kind: 'page',
    method: 'GET',
    url: '/admin/editions/{edition}/mailings',
    expect: {
      anonymous: toLogin('/admin/editions/{edition}/mailings'),
      respondent: toLogin('/admin/editions/{edition}/mailings'),
      coordinator: ok,
      admin: ok,
    },
  },
  // Mail texts: admins edit them; coordinators read them, preview and send themselves a test message.
  {
    route: '/admin/editions/[code]/mailings/templates',
    kind: 'page',
    method: 'GET',
    url: '/admin/editions/{edition}/mailings/templates',
    expect: {
      anonymous: toLogin('/admin/editions/{edition}/mailings/templates'),
      respondent: toLogin('/admin/editions/{edition}/mailings/templates'),
      coordinator: ok,
      admin: ok,
    },
  },
  {
    route: '/admin/audit-log',
    kind: 'page',
    method: 'GET',
    url: '/admin/audit-log',
    expect: { anonymous: toLogin('/admin/audit-log'), respondent: toLogin('/admin/audit-log'), coordinator: forbidden, admin: ok },
  },
  {
    route: '/api/v1/audit-log',
    kind: 'route',
    method: 'GET',
    url: '/api/v1/audit-log',
    expect: { anonymous: unauthorized, respondent: unauthorized, coordinator: forbidden, admin: ok, apiKey: ok },
  },
  {
    route: '/api/v1/editions/[code]/free-texts',
    kind: 'route',
    method: 'GET',
    url: '/api/v1/editions/{edition}/free-texts?question=KNELPUNTEN',
    expect: staffApi('admin', ok),
  },
  {
    route: '/api/v1/editions/[code]/results',
    kind: 'route',
    method: 'GET',
    url: '/api/v1/editions/{edition}/results',
    expect: { anonymous: unauthorized, respondent: unauthorized, coordinator: ok, admin: ok, apiKey: ok },
  },

  // Editions: coordinators read, admins change. The change requests carry a
  // body the server refuses (or name an edition that does not exist), so the
  // matrix checks who gets through without changing any edition.
  ...staffPage('/admin/editions', '/admin/editions', 'coordinator'),
  ...staffPage('/admin/editions/new', '/admin/editions/new', 'admin'),
  ...staffPage('/admin/editions/[code]', '/admin/editions/{edition}', 'coordinator'),
  // The editor changes a definition (admins); its preview only shows the stored one, like the JSON download.
  ...staffPage('/admin/editions/[code]/vragenlijst', '/admin/editions/{edition}/vragenlijst', 'admin'),
  ...staffPage('/admin/editions/[code]/vragenlijst/voorbeeld', '/admin/editions/{edition}/vragenlijst/voorbeeld', 'coordinator'),
  { route: '/api/v1/editions', kind: 'route', method: 'GET', url: '/api/v1/editions', expect: staffApi('coordinator', ok) },
  {
    route: '/api/v1/editions',
    kind: 'route',
    method: 'POST',
    url: '/api/v1/editions',
    body: {},
    expect: staffApi('admin', { status: 400 }),
  },
  {
    route: '/api/v1/editions/[code]',
    kind: 'route',
    method: 'GET',
    url: '/api/v1/editions/{edition}',
    expect: staffApi('coordinator', ok),
  },
  {
    route: '/api/v1/editions/[code]',
    kind: 'route',
    method: 'PATCH',
    url: '/api/v1/editions/{edition}',
    body: { closesAt: 'geen datum' },
    expect: staffApi('admin', { status: 422 }),
  },
  {
    route: '/api/v1/editions/[code]/definition',
    kind: 'route',
    method: 'GET',
    url: '/api/v1/editions/{edition}/definition',
    expect: staffApi('coordinator', ok),
  },
  {
    route: '/api/v1/editions/[code]/definition',
    kind: 'route',
    method: 'PUT',
    url: '/api/v1/editions/{edition}/definition',
    body: {},
    expect: staffApi('admin', { status: 422 }),
  },
  {
    route: '/api/v1/editions/[code]/open',
    kind: 'route',
    method: 'POST',
    url: '/api/v1/editions/{edition}/open',
    body: { closesAt: 'geen datum' },
    expect: staffApi('admin', { status: 422 }),
  },
  {
    route: '/api/v1/editions/[code]/close',
    kind: 'route',
    method: 'POST',
    url: '/api/v1/editions/1999-2000/close',
    expect: staffApi('admin', notFound),
  },
];

/** `app/(staff)/admin/users/page.tsx` -> `/admin/users`; null for files that are not routes. */
export function routeOfFile(file: string): { route: string; kind: 'page' | 'route' } | null {
  const parts = file.replace(/\\/g, '/').split('/');
  if (parts[0] === 'app') parts.shift();
  const name = parts.pop();
  const kind =
    name === 'page.tsx' || name === 'page.ts' || name === 'page.jsx' || name === 'page.js'
      ? 'page'
      : /^route\.(ts|js)$/.test(name ?? '')
        ? 'route'
        : null;
  if (!kind) return null;
  // Route groups and parallel-route slots do not appear in the URL.
  const segments = parts.filter((p) => !(p.startsWith('(') && p.endsWith(')')) && !p.startsWith('@'));
  return { route: '/' + segments.join('/'), kind };
}

const httpMethods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/** The HTTP methods a route.ts exports (function, const or `export { x as GET }`). */
export function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+([A-Z]+)\b/g)) found.add(m[1]);
  for (const block of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of block[1].split(',')) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop()
        ?.trim();
      if (name) found.add(name);
    }
  }
  return [...found].filter((name) => (httpMethods as readonly string[]).includes(name));
}
