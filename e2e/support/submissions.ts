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

export type SubmittedLibrary = { name: string; province: string; sizeClass: string | null };

/** The libraries that have submitted in one edition, with the attributes the results are filtered by. */
export function submittedLibraries(edition: string): SubmittedLibrary[] {
  const db = new Database(databaseFile(), { readonly: true });
  try {
    return db
      .prepare(
        `select l.name, l.province, l.size_class as sizeClass from libraries l
         join responses r on r.library_id = l.id
         where r.edition_id = (select id from editions where code = ?) and r.status = 'submitted'
         order by l.name`,
      )
      .all(edition) as SubmittedLibrary[];
  } finally {
    db.close();
  }
}

/**
 * Sets libraries' size classes straight in the e2e database: a fixture for
 * tests that need a province and a size class to nearly coincide, which the
 * demo's evenly spread classes never do. (The register's own form is tested
 * in e2e/libraries/.) Returns how many libraries changed.
 */
export function setSizeClasses(changes: { name: string; sizeClass: string | null }[]): number {
  const db = new Database(databaseFile());
  try {
    db.pragma('busy_timeout = 5000');
    const update = db.prepare('update libraries set size_class = ? where name = ?');
    return db.transaction(() => changes.reduce((sum, c) => sum + update.run(c.sizeClass, c.name).changes, 0))();
  } finally {
    db.close();
  }
}
