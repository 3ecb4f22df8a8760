import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type Db } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { seedEditions } from '@/cli/seed/seed';
import { demoTargets, type EditionTargets } from '@/cli/seed/demo/targets';
import { createRandom, type Random } from '@/cli/seed/demo/random';
import { listEditions } from '@/lib/editions/queries';
import { provinces } from '@/lib/libraries/provinces';
import { buildAnswersSchema } from '@/lib/questionnaire/answer-schema';
import {
  choiceOptions,
  isChoiceQuestion,
  listQuestions,
  otherTextKey,
  type Definition,
  type Question,
} from '@/lib/questionnaire/definition';
import { typeOf } from '@/lib/questionnaire/types';
import { conditionHolds, type Answers } from '@/lib/questionnaire/visibility';
import { answersToRows } from '@/lib/responses/answer-rows';

/**
 * Benchmark databases: `size` libraries, each with a submitted response in
 * both editions, answered by the demo's rules (filter first, at most three
 * choices, an exclusive option alone, follow-ups only when shown) in the demo
 * targets' proportions. Kept under data/bench/ and reused.
 */

function weightedPick(weights: [string, number][], random: Random): string {
  const total = weights.reduce((s, [, w]) => s + w, 0);
  let r = random.next() * total;
  for (const [code, w] of weights) {
    r -= w;
    if (r < 0) return code;
  }
  return weights[weights.length - 1][0];
}

function answerChoice(question: Question, targets: EditionTargets, shownTo: number, random: Random): string | string[] {
  const counts = targets.choices[question.code] ?? Object.fromEntries(choiceOptions(question).map((o) => [o.code, 1]));
  if (typeOf(question).choice!.oneOption) return weightedPick(Object.entries(counts), random);
  const exclusive = choiceOptions(question).find((o) => o.exclusive);
  if (exclusive && random.next() < (counts[exclusive.code] ?? 0) / shownTo) return [exclusive.code];
  let weights = Object.entries(counts).filter(([code]) => code !== exclusive?.code);
  const picks = weights.reduce((s, [, w]) => s + w, 0);
  const max = typeOf(question).choice!.maxChosen(question);
  // As many choices on average as the targets imply, never more than allowed.
  const average = Math.min(max, Math.max(1, picks / Math.max(1, shownTo - (exclusive ? (counts[exclusive.code] ?? 0) : 0))));
  const howMany = Math.min(max, Math.floor(average) + (random.next() < average - Math.floor(average) ? 1 : 0));
  const chosen: string[] = [];
  for (let k = 0; k < howMany && weights.length > 0; k++) {
    const code = weightedPick(weights, random);
    chosen.push(code);
    weights = weights.filter(([c]) => c !== code);
  }
  return choiceOptions(question)
    .map((o) => o.code)
    .filter((c) => chosen.includes(c));
}

function generateBenchAnswers(def: Definition, targets: EditionTargets, random: Random): Answers {
  const answers: Answers = {};
  const visible = new Set<string>();
  const cooperatingShare = targets.cooperating / (targets.cooperating + targets.notCooperating);
  for (const question of listQuestions(def)) {
    if (question.condition && !conditionHolds(question.condition, answers, visible)) continue;
    visible.add(question.code);
    if (question.code === 'VO_SAMENWERKING') {
      answers[question.code] = random.next() < cooperatingShare ? 'JA' : 'NEE';
    } else if (isChoiceQuestion(question)) {
      const counts = targets.choices[question.code];
      const shownTo =
        question.condition?.question === 'VO_SAMENWERKING' || !counts
          ? targets.cooperating
          : Object.values(counts).reduce((a, b) => a + b, 0);
      const answered = counts ? Object.values(counts).reduce((a, b) => a + b, 0) : shownTo;
      if (!question.required && typeOf(question).choice!.oneOption && random.next() > answered / targets.cooperating) continue;
      const value = answerChoice(question, targets, shownTo, random);
      answers[question.code] = value;
      const other = choiceOptions(question).find((o) => o.other);
      if (other && (Array.isArray(value) ? value : [value]).includes(other.code)) answers[otherTextKey(question.code)] = 'Anders';
    } else if (typeOf(question).numberRange) {
      const range = typeOf(question).numberRange!(question);
      const target = targets.numbers[question.code];
      if (!target || random.next() > target.answered / targets.cooperating) continue;
      const mean = target.total / target.answered;
      const step = target.step ?? 1;
      let value = Math.round((mean * (0.5 + random.next())) / step) * step;
      if (range.atMost && typeof answers[range.atMost] === 'number') value = Math.min(value, answers[range.atMost] as number);
      answers[question.code] = Math.min(range.max, Math.max(range.min, value));
    } else if (random.next() < 0.05) {
      answers[question.code] = 'Een toelichting.';
    }
  }
  return answers;
}

function benchDatabaseFile(size: number): string {
  return path.join('data', 'bench', `results-${size}.db`);
}

/** Opens (building if needed) a database with `size` submitted responses per edition. */
export async function openBenchDatabase(
  size: number,
  log: (line: string) => void,
): Promise<{ db: Db; file: string; built: boolean; seconds: number }> {
  const file = benchDatabaseFile(size);
  if (fs.existsSync(file)) {
    const db = openDatabase(file);
    const ok = db.$client.prepare(`select count(*) as n from responses where status = 'submitted'`).get() as { n: number };
    if (ok.n === size * demoTargets.length) {
      runMigrations(db); // a reused file gets indexes added since it was built
      return { db, file, built: false, seconds: 0 };
    }
    db.$client.close();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  }
  const started = performance.now();
  const db = openDatabase(file);
  runMigrations(db);
  seedEditions(db);
  const sqlite = db.$client;
  // Bulk load: no journal, no fsync; the file is rebuilt from scratch if a build is interrupted.
  sqlite.pragma('journal_mode = OFF');
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('cache_size = -262144');
  const editions = await listEditions({ db });
  const insertLibrary = sqlite.prepare('insert into libraries (name, province, email, created_at) values (?, ?, ?, ?)');
  const insertResponse = sqlite.prepare(
    `insert into responses (edition_id, library_id, status, version, created_at, updated_at, submitted_at) values (?, ?, 'submitted', 1, ?, ?, ?)`,
  );
  const insertAnswer = sqlite.prepare(
    `insert into answers (response_id, edition_id, response_status, question_code, option_code, number_value, text_value, position) values (?, ?, 'submitted', ?, ?, ?, ?, ?)`,
  );
  const now = Date.now();
  const batch = 50_000;
  sqlite.transaction(() => {
    for (let i = 1; i <= size; i++) insertLibrary.run(`Bibliotheek ${i}`, provinces[i % provinces.length], `bieb${i}@example.org`, now);
  })();
  let answerRows = 0;
  for (const edition of editions) {
    const targets = demoTargets.find((t) => t.edition === edition.code);
    if (!targets) continue;
    const random = createRandom(size + edition.id);
    const schema = buildAnswersSchema(edition.definition, 'submit');
    for (let from = 1; from <= size; from += batch) {
      sqlite.transaction(() => {
        for (let libraryId = from; libraryId < Math.min(from + batch, size + 1); libraryId++) {
          const answers = generateBenchAnswers(edition.definition, targets, random);
          // The first thousand go through the API's own schema: the generator must obey the questionnaire.
          if (libraryId <= 1000) {
            const parsed = schema.safeParse(answers);
            if (!parsed.success) throw new Error(`bench answers break ${edition.code}: ${JSON.stringify(parsed.error.issues)}`);
          }
          const responseId = Number(insertResponse.run(edition.id, libraryId, now, now, now).lastInsertRowid);
          for (const row of answersToRows(edition.definition, answers)) {
            insertAnswer.run(responseId, edition.id, row.questionCode, row.optionCode, row.numberValue, row.textValue, row.position);
            answerRows++;
          }
        }
      })();
    }
  }
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.exec('analyze');
  const seconds = (performance.now() - started) / 1000;
  log(
    `  built ${file}: ${size.toLocaleString('en')} libraries × ${editions.length} editions, ${answerRows.toLocaleString('en')} answer rows in ${seconds.toFixed(1)} s`,
  );
  return { db, file, built: true, seconds };
}
