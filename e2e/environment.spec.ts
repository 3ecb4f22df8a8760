import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';

// A port beside the e2e server's, for a server that must not come up.
const sparePort = Number(process.env.E2E_SPARE_PORT ?? Number(process.env.E2E_PORT ?? 3210) + 1);

test('the production server refuses to start with an invalid environment, and says why', async () => {
  // As `npm start` runs it.
  const server = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], {
    env: {
      ...process.env,
      PORT: String(sparePort),
      HOST: '127.0.0.1',
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? '.next-e2e',
      AUTH_SECRET: 'te-kort',
    },
  });
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  const exitCode = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      server.kill();
      resolve(null);
    }, 30_000);
    server.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
  expect(output).toContain('Invalid environment: AUTH_SECRET');
  expect(exitCode, output).toBe(1);
});
