import { defineConfig } from 'drizzle-kit';
import { databaseConfig } from './lib/env';

// SQLite's migrations; PostgreSQL's are drizzle.pg.config.ts's.
const database = databaseConfig();

export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema-sqlite/index.ts',
  out: './db/migrations',
  dbCredentials: { url: database.dialect === 'sqlite' ? database.file : 'data/app.db' },
  casing: 'snake_case',
});
