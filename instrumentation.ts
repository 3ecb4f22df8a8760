/**
 * Runs once when the server starts. The Node.js-only work sits in its own
 * module so that the Edge build (which Next.js also makes of this file) never
 * sees process.exit.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const node = await import('./instrumentation-node');
    await node.checkEnvironment();
    await node.resumeMailSending();
  }
}
