import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportedMethods, routeOfFile, routeRules } from '@/e2e/support/route-rules';

const root = path.resolve(__dirname, '..');

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** Every page and every exported method of every route handler under app/. */
function routesOnDisk() {
  return walk(path.join(root, 'app')).flatMap((full) => {
    const file = path.relative(root, full);
    const route = routeOfFile(file);
    if (!route) return [];
    const methods = route.kind === 'page' ? ['GET'] : exportedMethods(fs.readFileSync(full, 'utf8'));
    return methods.map((method) => ({ file, ...route, method }));
  });
}

describe('authorization matrix', () => {
  it('has a rule for every page and route handler method under app/', () => {
    const missing = routesOnDisk().filter(
      (r) => !routeRules.some((rule) => rule.route === r.route && rule.kind === r.kind && rule.method === r.method),
    );
    expect(missing, 'add these to e2e/support/route-rules.ts').toEqual([]);
  });

  it('has no rule for a route that is neither on disk nor planned', () => {
    const onDisk = routesOnDisk();
    const stale = routeRules.filter(
      (rule) => !rule.planned && !onDisk.some((r) => r.route === rule.route && r.kind === rule.kind && r.method === rule.method),
    );
    expect(stale.map((r) => `${r.method} ${r.route}`)).toEqual([]);
  });

  it('finds the route handlers it must cover (the walk itself works)', () => {
    const found = routesOnDisk().map((r) => `${r.method} ${r.route}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'GET /api/v1/responses/[token]',
        'PUT /api/v1/responses/[token]',
        'GET /admin/users',
        'POST /api/auth/[...nextauth]',
      ]),
    );
  });

  it('maps files to routes without route groups', () => {
    expect(routeOfFile('app/(staff)/admin/users/page.tsx')).toEqual({ route: '/admin/users', kind: 'page' });
    expect(routeOfFile('app/page.tsx')).toEqual({ route: '/', kind: 'page' });
    expect(routeOfFile('app/api/v1/responses/[token]/route.ts')).toEqual({ route: '/api/v1/responses/[token]', kind: 'route' });
    expect(routeOfFile('app/(staff)/layout.tsx')).toBeNull();
  });

  it('reads the methods a route handler exports', () => {
    expect(exportedMethods('export async function GET() {}\nexport const PUT = staffRoute()')).toEqual(['GET', 'PUT']);
    expect(exportedMethods('export { handler as GET, handler as POST };')).toEqual(['GET', 'POST']);
    expect(exportedMethods('export const dynamic = "force-dynamic"; export function helper() {}')).toEqual([]);
  });

  it('keeps staff routes closed to anonymous callers and respondents', () => {
    for (const rule of routeRules.filter((r) => r.route.startsWith('/admin') || r.route.startsWith('/api/v1/editions'))) {
      for (const caller of ['anonymous', 'respondent'] as const) {
        expect([307, 401], `${caller} ${rule.route}`).toContain(rule.expect[caller].status);
      }
    }
  });
});
