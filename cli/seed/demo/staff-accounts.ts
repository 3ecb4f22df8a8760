/**
 * Demo staff accounts with fixed, documented passwords. This is demo data: the
 * demo seed prints these, and the end-to-end tests sign in with them
 * (e2e/support/auth.ts). Kept free of imports so tests can read it cheaply.
 * A real installation makes its accounts with `npm run cli -- create-user`.
 */
export const demoStaffAccounts = {
  admin: { email: 'beheerder@demo.enquete.nl', name: 'Demo Beheerder', password: 'demo-beheerder-2023' },
  coordinator: { email: 'coordinator@demo.enquete.nl', name: 'Demo Coördinator', password: 'demo-coordinator-2023' },
} as const;
