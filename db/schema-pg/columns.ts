import { integer, timestamp } from 'drizzle-orm/pg-core';

/*
 * The PostgreSQL types that give the same JS values as db/schema-sqlite/'s SQLite columns:
 * an SQLite `integer({ mode: 'timestamp_ms' })` is a Date, here a millisecond
 * timestamp with time zone (so the instant, not the server's clock zone, is kept).
 */

/** A moment as a Date, to the millisecond, like SQLite's timestamp_ms integers. */
export const moment = (name: string) => timestamp(name, { mode: 'date', precision: 3, withTimezone: true });

/** When the row was written: the database's clock, like SQLite's `unixepoch('subsec') * 1000`. */
export const createdAt = () => moment('created_at').notNull().defaultNow();

/**
 * The key of a table: an identity rather than serial (the SQL standard's form, owned by the
 * column); BY DEFAULT so a copy of an SQLite database can keep its ids.
 */
export const id = () => integer('id').primaryKey().generatedByDefaultAsIdentity();
