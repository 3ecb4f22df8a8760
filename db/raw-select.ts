import type Database from 'better-sqlite3';
import { Column, fillPlaceholders, getTableName, is, SQL } from 'drizzle-orm';

/** A select's fields as given to `db.select(...)`: columns and `sql` expressions, nested one level at most. */
export type Fields = { [key: string]: Column | SQL | { [key: string]: Column | SQL } };

type Leaf = { key: string; group?: string; decode: (value: unknown) => unknown };

function decoderOf(field: Column | SQL): (value: unknown) => unknown {
  if (is(field, Column)) return (value) => field.mapFromDriverValue(value);
  // `sql…mapWith(…)` keeps its decoder on the expression (not in Drizzle's types).
  const decoder = (field as unknown as { decoder?: { mapFromDriverValue: (value: unknown) => unknown } }).decoder;
  return decoder ? (value) => decoder.mapFromDriverValue(value) : (value) => value;
}

const snakeCase = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * A Drizzle select run as a plain better-sqlite3 statement in array mode,
 * its rows mapped by a list of decoders made once. Drizzle's own mapping
 * (`mapResultRow`: per column an `is()` check, a path iterator and a
 * null-tracking map) cost the sender's claim about 25 µs a message for the
 * outbox row alone (docs/benchmarks.md, "Mailing"). Drizzle still builds the
 * SQL, from the same `fields` object: the columns SQLite reports are checked
 * against them once, at preparation. A nested group listed in `nullable` (a
 * left-joined table) is null when all its values are, as Drizzle makes it.
 */
export function rawSelect<T>(
  sqlite: Database.Database,
  query: { toSQL: () => { sql: string; params: unknown[] }; get: () => T | undefined },
  fields: Fields,
  nullable: readonly string[] = [],
): { get: (values?: Record<string, unknown>) => T | undefined; all: (values?: Record<string, unknown>) => T[] } {
  const { sql: text, params } = query.toSQL();
  const statement = sqlite.prepare(text).raw(true);
  const leaves: Leaf[] = [];
  const expected: (Column | SQL)[] = [];
  for (const [key, field] of Object.entries(fields)) {
    if (is(field, Column) || is(field, SQL)) {
      leaves.push({ key, decode: decoderOf(field) });
      expected.push(field);
    } else {
      for (const [inner, column] of Object.entries(field)) {
        leaves.push({ key: inner, group: key, decode: decoderOf(column) });
        expected.push(column);
      }
    }
  }
  const reported = statement.columns();
  const mismatch =
    reported.length !== expected.length ||
    expected.some(
      (field, i) => is(field, Column) && (reported[i].column !== snakeCase(field.name) || reported[i].table !== getTableName(field.table)),
    );
  if (mismatch) throw new Error(`rawSelect: the statement's columns do not match its fields: ${text}`);

  const map = (values: unknown[]): T => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < leaves.length; i++) {
      const { key, group, decode } = leaves[i];
      const value = values[i] === null ? null : decode(values[i]);
      if (group === undefined) row[key] = value;
      else ((row[group] ??= {}) as Record<string, unknown>)[key] = value;
    }
    for (const group of nullable) {
      if (Object.values(row[group] as Record<string, unknown>).every((value) => value === null)) row[group] = null;
    }
    return row as T;
  };
  return {
    get: (values = {}) => {
      const found = statement.get(...fillPlaceholders(params, values)) as unknown[] | undefined;
      return found && map(found);
    },
    all: (values = {}) => (statement.all(...fillPlaceholders(params, values)) as unknown[][]).map(map),
  };
}
