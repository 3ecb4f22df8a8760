import { databaseConfig } from '@/lib/env';
import * as sqlite from '../schema-sqlite';
import * as pg from '../schema-pg';

/*
 * The active dialect's tables, chosen once from DATABASE_URL (a process runs on one database).
 * Domain code is typed with the SQLite tables; under PostgreSQL the values are db/schema-pg/'s.
 * That is sound for rows because the two schemas' inferred row types are equal
 * (db/schema-pg/matches-sqlite.test.ts), and drizzle builds each query in the dialect of the
 * database object it runs on, which getDb() opens from the same DATABASE_URL.
 */
const active = (databaseConfig().dialect === 'postgres' ? pg : sqlite) as unknown as typeof sqlite;

export const editions = active.editions;
export const libraries = active.libraries;
export const invitations = active.invitations;
export const responses = active.responses;
export const answers = active.answers;
export const users = active.users;
export const apiKeys = active.apiKeys;
export const rateLimits = active.rateLimits;
export const auditLog = active.auditLog;
export const mailings = active.mailings;
export const outbox = active.outbox;
export const mailTemplates = active.mailTemplates;
export const plannedMailings = active.plannedMailings;

// The dialect-neutral value lists (enums) the tables are declared with.
export {
  librarySizeClasses,
  userRoles,
  type UserRole,
  mailKinds,
  outboxKinds,
  reminderAudiences,
  outboxStatuses,
  mailTemplateNames,
  plannedMailingStates,
} from '../schema-sqlite';
