import { defineConfig } from 'drizzle-kit';
import { databaseConfig } from './lib/env';

// PostgreSQL's migrations, beside drizzle.config.ts's SQLite ones: `npx drizzle-kit generate --config drizzle.pg.config.ts`.
// Generating reads only the schema; a URL matters for drizzle-kit's push, studio and check.
const database = databaseConfig();

export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema-pg/index.ts',
  out: './db/migrations-pg',
  dbCredentials: { url: database.dialect === 'postgres' ? database.url : 'postgres://127.0.0.1:5432/enquete' },
  casing: 'snake_case',
});
