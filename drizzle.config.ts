import { defineConfig } from 'drizzle-kit';
import { databaseUrl } from './lib/env';

export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema/index.ts',
  out: './db/migrations',
  dbCredentials: { url: databaseUrl() },
  casing: 'snake_case',
});
