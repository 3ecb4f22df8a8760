/**
 * `npm start`: serves the production build (`npm run build` first). See
 * lib/server/start.ts for why this is not plain `next start`.
 */

// Next.js picks its production runtime by NODE_ENV, so it must be set before
// Next.js loads; `next start` sets it the same way.
if (!process.env.NODE_ENV) Reflect.set(process.env, 'NODE_ENV', 'production');

import('./lib/server/start')
  .then(({ startServer }) => startServer())
  .catch((error: Error) => {
    // An invalid environment (lib/env.ts) or a missing build: say why and stop.
    console.error(error.message);
    process.exit(1);
  });
