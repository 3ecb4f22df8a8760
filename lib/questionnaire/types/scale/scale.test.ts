import { parse } from 'csv-parse/sync';
import type { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { getEditionByCode } from '@/lib/editions/queries';
import { buildCodebook } from '@/lib/exports/codebook';
import { csvExport } from '@/lib/exports/csv';
import { exportLayout } from '@/lib/exports/layout';
import { measureSelection, readResponses } from '@/lib/exports/read';
import { rScript } from '@/lib/exports/r-script';
import { spssSyntax } from '@/lib/exports/spss';
import { codebookRows, resultsRows } from '@/lib/exports/tables';
import { findProblems } from '@/lib/questionnaire/answer-schema';
import { parseDefinition, type DefinitionInput } from '@/lib/questionnaire/definition';
import { visibleQuestionCodes } from '@/lib/questionnaire/visibility';
import { computeEditionResults } from '@/lib/results/aggregate';
import { resultsDocument } from '@/lib/results/api';
import { charts } from '@/lib/questionnaire/types/registry/server';
import { typeOf } from '@/lib/questionnaire/types';
import { filteredDefinition, type QuestionInput } from '@/tests/support/definitions';
import { addEdition, addResponse, openTestDb } from '@/tests/support/results-db';
import type { ScaleQuestion } from './type';
import scaleQuestion from './type';

/*
 * The rating scale in each of its roles: its definition's bounds, the answer
 * beside the scale ("weet niet"), its rows, its figures (distribution, mean
 * and median with their base, the previous edition), its export column and
 * codebook entry, and conditions on its points.
 */

const tevreden = (extra: Partial<ScaleQuestion> = {}) => ({
  code: 'TEVREDEN',
  type: 'scale' as const,
  text: 'Hoe tevreden bent u over de samenwerking?',
  required: true,
  points: 5,
  lowLabel: 'Zeer ontevreden',
  highLabel: 'Zeer tevreden',
  dontKnow: 'Weet niet / niet van toepassing',
  condition: { question: 'FILTER', anyOf: ['JA'] },
  ...extra,
});

function definition(edition: string, scale: object = tevreden(), after: object[] = []): DefinitionInput {
  return filteredDefinition(edition, `Schaal ${edition}`, [scale, ...after] as QuestionInput[]);
}

describe('a scale question in the definition', () => {
  it('has 3 to 11 points and needs both ends worded', () => {
    for (const points of [3, 7, 11]) expect(() => parseDefinition(definition('2031-2032', tevreden({ points })))).not.toThrow();
    for (const points of [2, 12, 4.5]) expect(() => parseDefinition(definition('2031-2032', tevreden({ points })))).toThrow(/points/);
    expect(() => parseDefinition(definition('2031-2032', tevreden({ lowLabel: '' })))).toThrow(/lowLabel/);
  });

  it('labels every point or none: as many point labels as points', () => {
    const labels = ['Zeer ontevreden', 'Ontevreden', 'Neutraal', 'Tevreden', 'Zeer tevreden'];
    expect(() => parseDefinition(definition('2031-2032', tevreden({ pointLabels: labels })))).not.toThrow();
    expect(() => parseDefinition(definition('2031-2032', tevreden({ pointLabels: labels.slice(0, 4) })))).toThrow(
      /pointLabels of TEVREDEN must label each of its 5 points/,
    );
  });

  it('can drive a condition like a single choice: on its points, and on "weet niet"', () => {
    const follow = {
      code: 'WAAROM',
      type: 'text',
      text: 'Waarom?',
      required: false,
      maxLength: 200,
      condition: { question: 'TEVREDEN', anyOf: ['P1', 'P2'] },
    };
    const def = parseDefinition(definition('2031-2032', tevreden(), [follow]));
    expect(visibleQuestionCodes(def, { FILTER: 'JA', TEVREDEN: 'P2' }).has('WAAROM')).toBe(true);
    expect(visibleQuestionCodes(def, { FILTER: 'JA', TEVREDEN: 'P4' }).has('WAAROM')).toBe(false);
    expect(visibleQuestionCodes(def, { FILTER: 'JA', TEVREDEN: 'WEET_NIET' }).has('WAAROM')).toBe(false);
    const unknownPoint = { ...follow, condition: { question: 'TEVREDEN', anyOf: ['P6'] } };
    expect(() => parseDefinition(definition('2031-2032', tevreden(), [unknownPoint]))).toThrow(/unknown option P6 of TEVREDEN/);
  });
});

describe('a scale answer', () => {
  const def = parseDefinition(definition('2031-2032'));
  const problems = (value: unknown, scale = def) => findProblems(scale, { FILTER: 'JA', TEVREDEN: value }, 'submit').map((p) => p.message);

  it('is one of its points, or "weet niet" where the question has it', () => {
    expect(problems('P1')).toEqual([]);
    expect(problems('P5')).toEqual([]);
    expect(problems('WEET_NIET')).toEqual([]);
    expect(problems('P6')).toEqual(['Dit antwoord bestaat niet bij deze vraag: P6.']);
    expect(problems('P0')).toHaveLength(1);
    expect(problems(3)).toEqual(['Kies één antwoord uit de lijst.']);
    const without = parseDefinition(definition('2031-2032', tevreden({ dontKnow: undefined })));
    expect(problems('WEET_NIET', without)).toHaveLength(1);
  });

  it('is required like a choice, named by its subject', () => {
    expect(problems(undefined)).toEqual(['Kies een antwoord bij deze vraag']);
  });

  it('is stored as one row with the point as its number, and read back the same ("weet niet" without a number)', () => {
    const question = def.pages[0].questions[1] as ScaleQuestion;
    expect(scaleQuestion.toRows(question, { TEVREDEN: 'P4' })).toEqual([
      { questionCode: 'TEVREDEN', optionCode: 'P4', numberValue: 4, textValue: null, position: 1 },
    ]);
    expect(scaleQuestion.toRows(question, { TEVREDEN: 'WEET_NIET' })).toEqual([
      { questionCode: 'TEVREDEN', optionCode: 'WEET_NIET', numberValue: null, textValue: null, position: 1 },
    ]);
    for (const value of ['P1', 'P4', 'WEET_NIET']) {
      expect(scaleQuestion.fromRows(question, scaleQuestion.toRows(question, { TEVREDEN: value }))).toEqual({ TEVREDEN: value });
    }
    expect(scaleQuestion.toRows(question, {})).toEqual([]);
  });

  it("reads as its point and the point's label where it has one", () => {
    const question = def.pages[0].questions[1] as ScaleQuestion;
    expect(scaleQuestion.describeAnswer(question, { TEVREDEN: 'P1' })).toBe('1 (Zeer ontevreden)');
    expect(scaleQuestion.describeAnswer(question, { TEVREDEN: 'P3' })).toBe('3');
    expect(scaleQuestion.describeAnswer(question, { TEVREDEN: 'WEET_NIET' })).toBe('Weet niet / niet van toepassing');
  });
});

/** This edition's ratings (WN: weet niet), then one library that does not work together and one that left it open. */
const RATINGS = ['P1', 'P2', 'P2', 'P3', 'P4', 'P4', 'P4', 'P5', 'WEET_NIET', 'WEET_NIET'];
const PREVIOUS = ['P2', 'P3', 'P3', 'P5', 'WEET_NIET'];

async function setup() {
  const db = await openTestDb();
  const before = addEdition(db, definition('2030-2031'));
  for (const rating of PREVIOUS) addResponse(db, { editionId: before.id, answers: { FILTER: 'JA', TEVREDEN: rating } });
  const stored = addEdition(db, { ...definition('2031-2032'), previousEdition: '2030-2031' }, before.id);
  for (const rating of RATINGS) addResponse(db, { editionId: stored.id, answers: { FILTER: 'JA', TEVREDEN: rating } });
  addResponse(db, { editionId: stored.id, answers: { FILTER: 'NEE' } });
  addResponse(db, { editionId: stored.id, answers: { FILTER: 'JA' }, status: 'submitted' });
  const edition = getEditionByCode({ db, code: '2031-2032' })!;
  return { db, edition };
}

describe('a scale in the results', () => {
  it('gives the distribution in the scale\'s order, mean and median over the points, "weet niet" apart, and the previous edition', async () => {
    const { db, edition } = await setup();
    const results = await computeEditionResults({ db, edition, minimumGroupSize: 1 });
    const question = results.questions.find((q) => q.code === 'TEVREDEN')!;
    // Everyone who answered, "weet niet" included: the question's base.
    expect(question.base.n).toBe(10);
    const { scale } = resultsDocument(results).questions.find((q) => q.code === 'TEVREDEN') as unknown as {
      scale: Record<string, unknown>;
    };
    // 1+2+2+3+4+4+4+5 = 25 over 8 points given: 3.125 → 3,1; the middle two are 3 and 4: 3,5.
    expect(scale).toMatchObject({ n: 8, mean: 3.1, median: 3.5 });
    expect((scale.points as { value: number; count: number; percent: number }[]).map((p) => [p.value, p.count, p.percent])).toEqual([
      [1, 1, 13],
      [2, 2, 25],
      [3, 1, 13],
      [4, 3, 38],
      [5, 1, 13],
    ]);
    expect(scale.dontKnow).toEqual({ label: 'Weet niet / niet van toepassing', count: 2, percent: 20, previousPercent: 20 });
    // 2, 3, 3, 5: mean 3,25 → 3,3, median 3.
    expect(scale.previous).toEqual({ n: 4, mean: 3.3, median: 3 });
  });

  it('draws the points in order with the figures below them, and has rows in the results table', async () => {
    const { db, edition } = await setup();
    const results = await computeEditionResults({ db, edition, minimumGroupSize: 1 });
    const question = results.questions.find((q) => q.code === 'TEVREDEN')!;
    const svg = charts.scale(question, { id: 'c', edition: '2031-2032', previousEdition: '2030-2031' })!;
    const labels = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);
    expect(labels.filter((l) => /^\d( – |$)/.test(l))).toEqual(['1 – Zeer ontevreden', '2', '3', '4', '5 – Zeer tevreden']);
    expect(svg).toContain('Gemiddelde 3,1, mediaan 3,5 (n = 8)');
    const rows = resultsRows(results)
      .filter((r) => r[0] === 'TEVREDEN')
      .map((r) => r.slice(4));
    expect(rows).toEqual([
      // Beside each point the previous edition's share of its answers on the scale (2, 3, 3, 5).
      ['1 – Zeer ontevreden', 1, 13, 0],
      ['2', 2, 25, 25],
      ['3', 1, 13, 50],
      ['4', 3, 38, 0],
      ['5 – Zeer tevreden', 1, 13, 25],
      ['Weet niet / niet van toepassing', 2, 20, 20],
      ['Gemiddelde', 3.1],
      ['Mediaan', 3.5],
    ]);
  });
});

async function text(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

describe('a scale in the exports', () => {
  const header = { edition: '2031-2032', filters: '', moment: '2031-12-01T10:00:00Z', dataFile: 'data.csv' };

  it('is one ordinal numeric variable with its ends labelled and "weet niet" as its own missing code 99', async () => {
    const { db, edition } = await setup();
    const layout = exportLayout(edition.definition);
    const column = layout.columns.find((c) => c.name === 'TEVREDEN')!;
    expect(column).toMatchObject({ kind: 'numeric', level: 'ordinal', integer: true, categorical: false });
    const syntax = spssSyntax(layout, header);
    expect(syntax).toContain(
      "  TEVREDEN 1 'Zeer ontevreden' 5 'Zeer tevreden' 99 'Weet niet / niet van toepassing' -1 'niet gevraagd (routing)' -9 'gevraagd, niet beantwoord'",
    );
    expect(syntax).toContain('MISSING VALUES TEVREDEN (-1, -9, 99).');
    expect(syntax).toContain('VARIABLE LEVEL TEVREDEN (ORDINAL).');
    expect(rScript(layout, header)).toContain('TEVREDEN');
    const selection = { edition, filters: {}, drafts: false };
    const { lastId } = await measureSelection(db, selection);
    for (const labels of [false, true]) {
      const csv = await text(csvExport(layout, readResponses(db, selection, { lastId }), { labels, separator: 'semicolon' }));
      const records: Record<string, string>[] = parse(csv, { bom: true, columns: true, delimiter: ';' });
      expect(records.map((r) => r.TEVREDEN)).toEqual(['1', '2', '2', '3', '4', '4', '4', '5', '99', '99', '-1', '-9']);
    }
  });

  it('has a codebook entry: its values, its missing code beside the shared ones, its routing', async () => {
    const { db, edition } = await setup();
    const codebook = await buildCodebook(db, edition, undefined);
    const rows = codebookRows(codebook);
    const heading = rows[0];
    const row = rows.find((r) => r[0] === 'TEVREDEN')!;
    const cell = (name: string) => row[heading.indexOf(name)];
    expect(cell('Waarden')).toBe('1 = Zeer ontevreden; 5 = Zeer tevreden');
    expect(cell('Ontbrekend')).toBe(`${codebook.missing}; 99 = WEET_NIET (Weet niet / niet van toepassing)`);
    expect(String(cell('Routing'))).toContain('FILTER');
  });

  it('offers its points and "weet niet" by code in the respondent API', () => {
    const def = parseDefinition(definition('2031-2032'));
    const question = def.pages[0].questions[1];
    expect(typeOf(question).publicFields(question)).toMatchObject({
      points: 5,
      lowLabel: 'Zeer ontevreden',
      highLabel: 'Zeer tevreden',
      dontKnow: 'Weet niet / niet van toepassing',
      options: [
        { code: 'P1', label: '1 (Zeer ontevreden)' },
        { code: 'P2', label: '2' },
        { code: 'P3', label: '3' },
        { code: 'P4', label: '4' },
        { code: 'P5', label: '5 (Zeer tevreden)' },
        { code: 'WEET_NIET', label: 'Weet niet / niet van toepassing' },
      ],
    });
  });
});
