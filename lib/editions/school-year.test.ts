import { describe, expect, it } from 'vitest';
import { typeOf } from '@/lib/questionnaire/types';
import { listQuestions } from '@/lib/questionnaire/definition';
import { loadBundledDefinitions } from '@/cli/seed/questionnaires';
import { replaceSchoolYear, schoolYearCodeSchema } from './school-year';

describe('school years', () => {
  it('accepts a school year of two following years only', () => {
    expect(schoolYearCodeSchema.safeParse('2023-2024').success).toBe(true);
    for (const code of ['2023-2025', '2023', '23-24', '2023/2024', 'VOLGEND_JAAR'])
      expect(schoolYearCodeSchema.safeParse(code).success, code).toBe(false);
  });

  it('replaces the school year in every wording field, and lists each replacement', () => {
    const source = loadBundledDefinitions().at(-1)!;
    const { definition, replacements } = replaceSchoolYear(source, '2022-2023', '2023-2024');
    expect(definition.title).toBe('Samenwerking met het voortgezet onderwijs 2023-2024');
    expect(replacements).toEqual([
      {
        path: 'title',
        from: 'Samenwerking met het voortgezet onderwijs 2022-2023',
        to: 'Samenwerking met het voortgezet onderwijs 2023-2024',
      },
      {
        path: 'startPage.purpose',
        from: expect.stringContaining('schooljaar 2022-2023'),
        to: expect.stringContaining('schooljaar 2023-2024'),
      },
      {
        path: 'pages.1.questions.0.text',
        from: expect.stringContaining('schooljaar 2022-2023'),
        to: expect.stringContaining('schooljaar 2023-2024'),
      },
      {
        path: 'pages.2.questions.0.text',
        from: expect.stringContaining('schooljaar 2022-2023'),
        to: expect.stringContaining('schooljaar 2023-2024'),
      },
    ]);
    expect(JSON.stringify(definition.pages)).not.toContain('2022-2023');
    expect(JSON.stringify(definition.startPage)).not.toContain('2022-2023');
    // The source is left as it was.
    expect(source.title).toContain('2022-2023');
  });

  it('keeps every code, and replaces other spellings of the year but not other years', () => {
    const source = structuredClone(loadBundledDefinitions().at(-1)!);
    const first = source.pages[0].questions[0];
    first.text = 'In 2022/2023, in 2022–2023 en in 2021-2022; niet in 12022-20234.';
    const { definition } = replaceSchoolYear(source, '2022-2023', '2023-2024');
    expect(definition.pages[0].questions[0].text).toBe('In 2023/2024, in 2023–2024 en in 2021-2022; niet in 12022-20234.');
    const codes = (def: typeof source) =>
      listQuestions(def).map((q) => [
        q.code,
        typeOf(q)
          .choice?.options(q)
          .map((o) => o.code) ?? [],
      ]);
    expect(codes(definition)).toEqual(codes(source));
  });
});
