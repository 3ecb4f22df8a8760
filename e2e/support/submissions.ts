import Database from 'better-sqlite3';

const databaseFile = () => process.env.DATABASE_URL ?? 'data/e2e.db';

/**
 * Sets the status of some libraries' responses in one edition straight in the
 * e2e database, as if they had (not yet) submitted: a fixture for tests that
 * need a group smaller than the demo has. No respondent can take a submission
 * back, so there is no page or API for this. The answers carry their
 * response's status through a cascading foreign key, so they follow; the
 * running server sees the change on its next read (results are cached only
 * until the database changes). Returns how many responses changed.
 */
export function setSubmitted(edition: string, libraryNames: string[], submitted: boolean): number {
  const db = new Database(databaseFile());
  try {
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const placeholders = libraryNames.map(() => '?').join(', ');
    return db
      .prepare(
        `update responses set status = ?
         where edition_id = (select id from editions where code = ?)
           and library_id in (select id from libraries where name in (${placeholders}))
           and status = ?`,
      )
      .run(submitted ? 'submitted' : 'draft', edition, ...libraryNames, submitted ? 'draft' : 'submitted').changes;
  } finally {
    db.close();
  }
}
