/**
 * Validates the environment (lib/env.ts) at start-up and stops the server on a
 * mistake, so that a mistyped or too short AUTH_SECRET ends the server with
 * a clear message instead of being used silently (or answering every request
 * with a 500).
 */
export async function checkEnvironment(): Promise<void> {
  try {
    await import('./lib/env');
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
