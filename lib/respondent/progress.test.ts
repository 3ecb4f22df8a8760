import { describe, expect, it } from 'vitest';
import { parseDefinition, type Definition } from '@/lib/questionnaire/definition';
import { loadBundledDefinitions } from '@/cli/seed/questionnaires';
import { visibleQuestionCodes, type Answers } from '@/lib/questionnaire/visibility';
import { visiblePages } from './pages';
import { progressOf } from './progress';

const current = () => loadBundledDefinitions().at(-1)!;

const yesNo = [
  { code: 'JA', label: 'Ja' },
  { code: 'NEE', label: 'Nee' },
];

/** Page 1 asks an optional choice; page 2 only follows "Ja", page 3 a "Ja" on page 2; page 4 always. */
const chain: Definition = parseDefinition({
  edition: '2030-2031',
  title: 'Ketting',
  pages: [
    { code: 'EEN', title: 'Een', questions: [{ code: 'A', type: 'single', text: 'A?', required: false, options: yesNo }] },
    {
      code: 'TWEE',
      title: 'Twee',
      questions: [{ code: 'B', type: 'single', text: 'B?', required: true, options: yesNo, condition: { question: 'A', anyOf: ['JA'] } }],
    },
    {
      code: 'DRIE',
      title: 'Drie',
      questions: [{ code: 'C', type: 'text', text: 'C?', required: false, maxLength: 10, condition: { question: 'B', anyOf: ['JA'] } }],
    },
    { code: 'VIER', title: 'Vier', questions: [{ code: 'D', type: 'text', text: 'D?', required: false, maxLength: 10 }] },
  ],
});

describe('progress: "Stap x van y"', () => {
  it('counts the pages an unanswered filter question may still bring, so choosing "Ja" does not shrink the bar', () => {
    const def = current();
    // Before the filter question is answered, its follow-up pages are likely shown.
    expect(progressOf(def, {}, 'SAMENWERKING')).toEqual({ step: 1, total: 4 });
    expect(progressOf(def, { VO_SAMENWERKING: 'JA' }, 'SAMENWERKING')).toEqual({ step: 1, total: 4 });
    // "Nee" settles it: two pages, and the bar grows.
    expect(progressOf(def, { VO_SAMENWERKING: 'NEE' }, 'SAMENWERKING')).toEqual({ step: 1, total: 2 });
    expect(progressOf(def, { VO_SAMENWERKING: 'NEE' }, 'AFRONDING')).toEqual({ step: 2, total: 2 });
    expect(progressOf(def, { VO_SAMENWERKING: 'JA' }, 'INZET')).toEqual({ step: 3, total: 4 });
  });

  it('treats a question behind an undecided one as undecided, and a passed question left empty as decided', () => {
    expect(progressOf(chain, {}, 'EEN')).toEqual({ step: 1, total: 4 });
    expect(progressOf(chain, { A: 'JA' }, 'TWEE')).toEqual({ step: 2, total: 4 });
    expect(progressOf(chain, { A: 'JA', B: 'NEE' }, 'TWEE')).toEqual({ step: 2, total: 3 });
    expect(progressOf(chain, { A: 'NEE' }, 'EEN')).toEqual({ step: 1, total: 2 });
    // Page 1 was left without an answer: page 2 will not come.
    expect(progressOf(chain, {}, 'VIER')).toEqual({ step: 2, total: 2 });
  });

  it('never lets the step number go back or the total grow while the respondent fills in empty answers going forward', () => {
    const walks: [string, Answers][][] = [
      [
        ['EEN', {}],
        ['EEN', { A: 'JA' }],
        ['TWEE', { A: 'JA' }],
        ['TWEE', { A: 'JA', B: 'JA' }],
        ['DRIE', { A: 'JA', B: 'JA' }],
        ['VIER', { A: 'JA', B: 'JA' }],
      ],
      [
        ['EEN', {}],
        ['EEN', { A: 'JA' }],
        ['TWEE', { A: 'JA' }],
        ['TWEE', { A: 'JA', B: 'NEE' }],
        ['VIER', { A: 'JA', B: 'NEE' }],
      ],
      [
        ['EEN', {}],
        ['VIER', {}],
      ],
    ];
    for (const walk of walks) {
      const seen = walk.map(([page, answers]) => progressOf(chain, answers, page));
      seen.slice(1).forEach((now, i) => {
        expect(now.step, JSON.stringify(walk)).toBeGreaterThanOrEqual(seen[i].step);
        expect(now.step / now.total, JSON.stringify(walk)).toBeGreaterThanOrEqual(seen[i].step / seen[i].total);
      });
      expect(seen.at(-1)!.step).toBe(seen.at(-1)!.total);
    }
  });

  it('numbers the step as the pages shown so far, and says the last step when the form offers sending', () => {
    for (const answers of [{}, { A: 'JA' }, { A: 'NEE' }, { A: 'JA', B: 'JA' }, { A: 'JA', B: 'NEE' }] as Answers[]) {
      const pages = visiblePages(chain, visibleQuestionCodes(chain, answers));
      pages.forEach((page, i) => expect(progressOf(chain, answers, page.code).step).toBe(i + 1));
      expect(progressOf(chain, answers, pages.at(-1)!.code)).toEqual({ step: pages.length, total: pages.length });
    }
    // Without page 4, "B" left open on page 2 makes page 2 the last one shown: it offers sending, so it is the last step.
    const short = parseDefinition({ ...chain, pages: chain.pages.slice(0, 3) });
    expect(progressOf(short, { A: 'JA' }, 'TWEE')).toEqual({ step: 2, total: 2 });
    expect(progressOf(short, { A: 'JA' }, 'EEN')).toEqual({ step: 1, total: 3 });
  });
});
