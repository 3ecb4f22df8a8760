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

/**
 * Mailings go on in the background of the server (lib/mail/background.ts):
 * at start the ones a stop interrupted resume where they were. Not while
 * building, which loads this file too but sends nothing.
 */
export async function resumeMailSending(): Promise<void> {
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  try {
    await (await import('./lib/mail/background')).resumeMailings();
  } catch (error) {
    // A database that is not migrated yet has no outbox; the server runs, and mailings start once it has.
    console.error('Mail: could not resume mailings:', (error as Error).message);
  }
}
