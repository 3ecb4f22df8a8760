/** Request header set by proxy.ts with the path (and query) being rendered, for the sign-in redirect. */
export const PATH_HEADER = 'x-enquete-path';
