import { openDatabase } from '@/db/client';
import { expectedRowCount, type Fixture } from './fixtures';
import type { Submission } from './load';

export type Durability = { acknowledged: number; submittedInDb: number; lost: number; examples: string[] };

/**
 * Every submission the server acknowledged with 200 must be in the database,
 * read after the server has stopped: the library's response submitted, with
 * exactly the answer rows its answers make.
 */
export function verifyAcknowledged(fixture: Fixture, acknowledged: Submission[]): Durability {
  const db = openDatabase(fixture.file);
  try {
    const stored = db.$client
      .prepare<[number], { name: string; status: string; rowCount: number }>(
        `select l.name, r.status, (select count(*) from answers a where a.response_id = r.id) as rowCount
         from responses r join libraries l on l.id = r.library_id where r.edition_id = ?`,
      )
      .all(fixture.edition.id);
    const byName = new Map(stored.map((row) => [row.name, row]));
    const examples: string[] = [];
    let lost = 0;
    for (const { invitee, answers } of acknowledged) {
      const row = byName.get(invitee.name);
      const expected = expectedRowCount(fixture.edition, answers);
      if (row?.status === 'submitted' && row.rowCount === expected) continue;
      lost += 1;
      if (examples.length < 3) {
        examples.push(`${invitee.name}: ${row ? `${row.status} with ${row.rowCount} answer rows, expected ${expected}` : 'no response'}`);
      }
    }
    return { acknowledged: acknowledged.length, submittedInDb: stored.filter((r) => r.status === 'submitted').length, lost, examples };
  } finally {
    db.$client.close();
  }
}
