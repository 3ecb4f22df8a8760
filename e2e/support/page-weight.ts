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
