import { gzipSync } from 'node:zlib';

/*
 * How heavy a page's JavaScript is, in bytes gzipped at level 9: shared by the
 * page-weight spec and `npm run bench -- page-weight`. External chunks are
 * gzipped one by one (each travels on its own); the inline scripts (React's
 * server-component payload: the page's props and the messages handed to
 * client components) together, as they travel in one document.
 */

export const gzipSize = (data: Buffer | string): number => gzipSync(data, { level: 9 }).length;

/**
 * `src` of every external script under /_next/static/, in document order,
 * without repeats; not the `nomodule` polyfills, which browsers that run
 * modules (every current one) never fetch.
 */
export function scriptSources(html: string): string[] {
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\bnomodule\b/i.test(tag));
  const sources = tags.flatMap((tag) => /\bsrc="([^"]+)"/.exec(tag)?.[1] ?? []).map((src) => src.replace(/&amp;/g, '&'));
  return [...new Set(sources.filter((src) => src.startsWith('/_next/static/')))];
}

/** The inline scripts of a document, joined. */
export function inlineScriptText(html: string): string {
  return [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .filter(Boolean)
    .join('\n');
}

/** The part of Playwright's page that `scriptsLoadedBy` uses (a type only: the bench imports this file without Playwright). */
type ScriptRequest = { url(): string; resourceType(): string; response(): Promise<{ body(): Promise<Buffer> } | null> };
type WatchedPage = {
  on(event: 'request', listener: (request: ScriptRequest) => void): unknown;
  off(event: 'request', listener: (request: ScriptRequest) => void): unknown;
  waitForLoadState(state: 'load'): Promise<void>;
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
};

/**
 * Every script a page fetched from its navigation on, each gzipped on its
 * own, once the page is ready: `open` has navigated, the load event has fired
 * (it waits for the document's scripts, async chunks included, and for those
 * inserted before it), `ready` holds, and after the browser's next idle
 * moment no script request is still under way, so chunks asked for while the
 * page renders are counted however late they come. No waiting for the
 * network to fall quiet (networkidle: 500 ms without a request), which a
 * slow chunk can outlast and an unrelated request can hold off. The
 * browser's own resource entries must name no script that was not counted.
 */
export async function scriptsLoadedBy(
  page: WatchedPage,
  open: () => Promise<unknown>,
  ready: () => Promise<unknown>,
): Promise<{ url: string; gzip: number }[]> {
  const sizes = new Map<string, Promise<number>>();
  const onRequest = (request: ScriptRequest) => {
    if (request.resourceType() !== 'script' || sizes.has(request.url())) return;
    const size = request.response().then(async (response) => {
      if (!response) throw new Error(`no response for ${request.url()}`);
      return gzipSize(await response.body());
    });
    // Awaited below; a failure there fails the measurement.
    size.catch(() => undefined);
    sizes.set(request.url(), size);
  };
  page.on('request', onRequest);
  try {
    await open();
    await page.waitForLoadState('load');
    await ready();
    for (let seen = -1; seen !== sizes.size;) {
      seen = sizes.size;
      await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2_000 })));
      await Promise.all(sizes.values());
    }
    const fetched = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'script' || new URL(entry.name).pathname.endsWith('.js'))
        .map((entry) => entry.name),
    );
    const uncounted = fetched.filter((url) => !sizes.has(url));
    if (uncounted.length > 0) throw new Error(`scripts the browser fetched but the count missed: ${uncounted.join(', ')}`);
    return Promise.all([...sizes].map(async ([url, size]) => ({ url, gzip: await size })));
  } finally {
    page.off('request', onRequest);
  }
}
