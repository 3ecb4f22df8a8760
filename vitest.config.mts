import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['lib/**/*.test.ts', 'db/**/*.test.ts', 'cli/**/*.test.ts', 'app/**/*.test.ts', 'tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // Tests never generate data/link-secret in the worktree; lib/invitations/link-key.test.ts covers the file.
    env: { LINK_SECRET: 'vitest-link-secret-only-for-unit-tests-0123456789' },
  },
});
