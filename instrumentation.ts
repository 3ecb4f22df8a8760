/**
 * Runs once when the server starts: validates the environment (lib/env.ts)
 * and stops the server on a mistake, so that a mistyped or too short
 * AUTH_SECRET ends `next start` with a clear message instead of being used
 * silently (or answering every request with a 500).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  try {
    await import('./lib/env');
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
