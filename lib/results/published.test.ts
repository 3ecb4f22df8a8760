import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isNull } from 'drizzle-orm';
import { libraries, librarySizeClasses } from '@/db/schema';
import { seedDemo, seedEditions } from '@/cli/seed/seed';
import { getEditionByCode } from '@/lib/editions/queries';
import { findQuestion } from '@/lib/questionnaire/definition';
import { computeResultsForCode, type EditionResults } from './aggregate';
import { findPublishedQuestion, isAtLeastOneFigure, resolveFigures, sameLabel, type Publication } from './published';
import { openTestDb } from '@/tests/support/results-db';

// The published page's figures, read as published: never retyped here.
const publication: Publication = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../../shared/publication/published-figures.json'), 'utf8'),
);

describe('the demo data reproduces the publication', () => {
  let results: EditionResults;
  let resultBaseOf: (code: string) => string | undefined;
  beforeAll(async () => {
    const db = await openTestDb();
    seedEditions(db);
    seedDemo(db);
    results = (await computeResultsForCode({ db, code: publication.edition }))!;
    const definition = getEditionByCode({ db, code: publication.edition })!.definition;
    resultBaseOf = (code) => findQuestion(definition, code)?.resultBase;
  }, 60_000);

  it('compares with the published previous edition', () => {
    expect(results.previousEdition?.code).toBe(publication.previousEdition);
  });

  const figures = resolveFigures(publication);
  it.each(figures.map((f) => [`${f.option} — ${f.percent}%`, f] as const))('%s', (_name, figure) => {
    const question = findPublishedQuestion(results, figure, (q) => resultBaseOf(q.code));
    expect(question, `question for ${figure.questionText}`).toBeDefined();
    if (figure.base) {
      expect(question!.base.label.toLowerCase()).toContain(figure.base.toLowerCase());
    } else {
      expect(question!.base).toEqual({ label: publication.base.label, n: publication.base.n });
    }
    if (isAtLeastOneFigure(figure.option, question!.atLeastOne?.label)) {
      expect(question!.atLeastOne!.percent).toBe(figure.percent);
      if (figure.previousPercent !== undefined) expect(question!.atLeastOne!.previousPercent).toBe(figure.previousPercent);
      return;
    }
    const option = question!.options.find((o) => sameLabel(o.label, figure.option));
    expect(option, `option ${figure.option}`).toBeDefined();
    expect(option!.percent).toBe(figure.percent);
    if (figure.previousPercent !== undefined) expect(option!.previousPercent).toBe(figure.previousPercent);
  });
});

describe("the demo's size classes", () => {
  it('give every library a class, and every class far more than 5 submissions in both editions, with the previous edition compared', async () => {
    const db = await openTestDb();
    seedEditions(db);
    seedDemo(db);
    expect(db.select().from(libraries).where(isNull(libraries.sizeClass)).all()).toEqual([]);
    for (const sizeClass of librarySizeClasses) {
      const results = (await computeResultsForCode({ db, code: publication.edition, filters: { sizeClass: [sizeClass] } }))!;
      expect(results.suppressed, sizeClass).toBeNull();
      expect(results.previousSuppressed, sizeClass).toBeNull();
      expect(results.submitted, sizeClass).toBeGreaterThanOrEqual(20);
    }
  }, 60_000);
});
