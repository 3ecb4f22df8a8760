import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import type { Edition } from '@/lib/editions/queries';
import type { SizeClass } from '@/lib/libraries/fields';
import type { DefinitionInput } from '@/lib/questionnaire/definition';
import type { Answers } from '@/lib/questionnaire/visibility';
import { computeEditionResults } from './aggregate';
import { resultsDocument } from './api';
import { listFreeTexts } from './free-texts';
import { librariesInGroups, type LibraryInGroups } from '@/tests/support/arbitraries';
import { allowedRequests, findRevealingCombination, type Request } from '@/tests/support/differencing';
import { addEdition, addResponse, openTestDb, testDefinition } from '@/tests/support/results-db';

/**
 * A province and a size class are separate requests, but their groups can lie
 * inside one another: a province whose libraries are nearly all large, the
 * large libraries nearly all in one province. Then one request's figures minus
 * the other's are those of the few libraries in between, however few they are.
 * No pair of requests, nor any sum and difference of them, may give the
 * figures of 1 to 4 libraries.
 */

const MINIMUM = 5;
const answers: Answers = { FILTER: 'JA', MULTI: ['A', 'B'], FOLLOW: 'JA', TOTAL: 12, PART: 3, REMARK: 'Tekst' };

let db: Db;
let editionCounter = 0;
beforeEach(async () => {
  db = await openTestDb();
});

/** The test questionnaire with a text question, whose free texts follow the figures' suppression. */
function definition(code: string, previousEdition?: string): DefinitionInput {
  const base = testDefinition(code);
  const [page] = base.pages;
  const remark = { code: 'REMARK', type: 'text', text: 'Toelichting?', required: false, maxLength: 200 } as const;
  return { ...base, ...(previousEdition ? { previousEdition } : {}), pages: [{ ...page, questions: [...page.questions, remark] }] };
}

function newEdition(): Edition {
  editionCounter += 1;
  const year = 2100 + editionCounter;
  return addEdition(db, definition(`${year}-${year + 1}`));
}

function store(edition: Edition, libraries: LibraryInGroups[]) {
  for (const l of libraries) {
    addResponse(db, {
      editionId: edition.id,
      province: l.province,
      sizeClass: l.sizeClass,
      status: l.submitted ? 'submitted' : 'draft',
      answers,
    });
  }
}

function cells(...table: [province: string, sizeClass: SizeClass | null, submitted: number][]): LibraryInGroups[] {
  return table.flatMap(([province, sizeClass, n]) => Array.from({ length: n }, () => ({ province, sizeClass, submitted: true })));
}

/** The requests that show figures, as the API answers them. */
async function shownRequests(edition: Edition, requests: Request[]): Promise<Request[]> {
  const shown: Request[] = [];
  for (const r of requests)
    if (!resultsDocument(await computeEditionResults({ db, edition, filters: r.filters })).suppressed) shown.push(r);
  return shown;
}

async function documentFor(edition: Edition, filters = {}) {
  return resultsDocument(await computeEditionResults({ db, edition, filters }));
}

describe('requests whose groups nest', () => {
  it("keeps Utrecht (12) and the large libraries (10, all in Utrecht) from both showing: the difference is Utrecht's 2 small libraries", async () => {
    const edition = newEdition();
    const libraries = cells(
      ['Utrecht', 'large', 10],
      ['Utrecht', 'small', 2],
      ['Drenthe', 'small', 6],
      ['Drenthe', 'medium', 8],
      ['Zeeland', 'medium', 7],
    );
    store(edition, libraries);
    const utrecht = await documentFor(edition, { province: ['Utrecht'] });
    const large = await documentFor(edition, { sizeClass: ['large'] });
    expect([utrecht.submitted, large.submitted]).toEqual([12, 10]);
    expect(utrecht.suppressed || large.suppressed).toBe(true);
    const hidden = [utrecht, large].find((d) => d.suppressed)!;
    expect(hidden).toMatchObject({ suppressionReason: 'protectsDifference', questions: [] });
    expect(
      findRevealingCombination(libraries, await shownRequests(edition, allowedRequests(['Drenthe', 'Utrecht', 'Zeeland'])), MINIMUM),
    ).toBeNull();
    // The whole edition (the publication's view) is never what gives way.
    expect(await documentFor(edition)).toMatchObject({ submitted: 33, suppressed: false });
  });

  it('keeps a province that is all small libraries from showing beside the small libraries when they differ by 3', async () => {
    const edition = newEdition();
    const libraries = cells(
      ['Utrecht', 'small', 9],
      ['Drenthe', 'small', 3],
      ['Drenthe', 'large', 6],
      ['Zeeland', 'large', 5],
      ['Zeeland', 'medium', 8],
    );
    store(edition, libraries);
    const shown = await shownRequests(edition, allowedRequests(['Drenthe', 'Utrecht', 'Zeeland']));
    expect(shown.map((r) => r.name)).not.toEqual(expect.arrayContaining(['Utrecht', 'small']));
    expect(findRevealingCombination(libraries, shown, MINIMUM)).toBeNull();
  });

  it('also protects what three requests give: the small libraries minus two provinces that are all small', async () => {
    const edition = newEdition();
    // Each pair differs by 7 or more; small − Utrecht − Drenthe is Zeeland's 2 small libraries.
    const libraries = cells(
      ['Utrecht', 'small', 6],
      ['Drenthe', 'small', 6],
      ['Zeeland', 'small', 2],
      ['Zeeland', 'medium', 7],
      ['Groningen', 'medium', 5],
    );
    store(edition, libraries);
    const requests = allowedRequests(['Drenthe', 'Groningen', 'Utrecht', 'Zeeland']);
    expect(findRevealingCombination(libraries, requests, MINIMUM)).not.toBeNull();
    expect(findRevealingCombination(libraries, await shownRequests(edition, requests), MINIMUM)).toBeNull();
  });

  it('leaves groups alone whose differences are large enough, as in the demo: every province and class spread over the others', async () => {
    const edition = newEdition();
    const libraries = cells(
      ['Utrecht', 'small', 4],
      ['Utrecht', 'medium', 3],
      ['Utrecht', 'large', 2],
      ['Drenthe', 'small', 3],
      ['Drenthe', 'medium', 4],
      ['Drenthe', 'large', 2],
      ['Zeeland', 'small', 2],
      ['Zeeland', 'medium', 3],
      ['Zeeland', 'large', 3],
    );
    store(edition, libraries);
    const requests = allowedRequests(['Drenthe', 'Utrecht', 'Zeeland']);
    expect((await shownRequests(edition, requests)).map((r) => r.name)).toEqual(requests.map((r) => r.name));
  });

  it("applies to the previous edition's figures and to the free texts alike", async () => {
    const previous = addEdition(db, definition('2022-2023'));
    const current = addEdition(db, definition('2023-2024', '2022-2023'), previous.id);
    store(
      previous,
      cells(['Utrecht', 'large', 10], ['Utrecht', 'small', 2], ['Drenthe', 'small', 6], ['Drenthe', 'medium', 8], ['Zeeland', 'medium', 7]),
    );
    store(
      current,
      cells(
        ['Utrecht', 'large', 9],
        ['Utrecht', 'small', 9],
        ['Drenthe', 'large', 6],
        ['Drenthe', 'small', 6],
        ['Zeeland', 'medium', 7],
        ['Zeeland', 'large', 5],
      ),
    );
    const requests = [{ province: ['Utrecht'] }, { sizeClass: ['large'] }];
    const previously = await Promise.all(requests.map(async (filters) => (await documentFor(current, filters)).previousSuppressed));
    expect(previously).toContain(true);
    for (const filters of requests) {
      const own = await documentFor(previous, filters);
      expect((await documentFor(current, filters)).previousSuppressed).toBe(own.suppressed);
      const texts = (await listFreeTexts({ db, edition: previous, questionCode: 'REMARK', filters }))!;
      expect(texts.suppressed !== null).toBe(own.suppressed);
      if (own.suppressed) expect(texts).toMatchObject({ total: 0, texts: [] });
    }
  });
});

describe('any libraries, any requests (through the results and the API shape)', () => {
  const provinces = ['Drenthe', 'Utrecht', 'Zeeland'];
  const requests = allowedRequests(provinces);

  it('shows two nested groups only when their difference holds at least the minimum, and no sum and difference gives 1 to 4 libraries', async () => {
    await fc.assert(
      fc.asyncProperty(librariesInGroups(provinces), async (libraries) => {
        const edition = newEdition();
        store(edition, libraries);
        const submitted = libraries.filter((l) => l.submitted);
        const shown = await shownRequests(edition, requests);
        for (const outer of shown) {
          for (const inner of shown) {
            const outerMembers = submitted.filter(outer.covers);
            const innerMembers = submitted.filter(inner.covers);
            const nests = innerMembers.length < outerMembers.length && innerMembers.every(outer.covers);
            if (nests)
              expect(outerMembers.length - innerMembers.length, `${outer.name} minus ${inner.name}`).toBeGreaterThanOrEqual(MINIMUM);
          }
        }
        expect(findRevealingCombination(libraries, shown, MINIMUM)).toBeNull();
      }),
      { numRuns: 60 },
    );
  });
});
