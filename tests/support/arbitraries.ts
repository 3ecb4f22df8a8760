import fc from 'fast-check';
import {
  OTHER_TEXT_MAX_LENGTH,
  listQuestions,
  otherTextKey,
  type Definition,
  type Question,
} from '@/lib/questionnaire/definition';
import { conditionHolds, type Answers } from '@/lib/questionnaire/visibility';
import { librarySizeClasses } from '@/db/schema';
import type { SizeClass } from '@/lib/libraries/fields';

/** A valid value for one question, given the answers before it (for `atMost`). */
function validValue(question: Question, previous: Answers): fc.Arbitrary<Answers> {
  switch (question.type) {
    case 'single':
      return fc.constantFrom(...question.options).chain((option) =>
        option.other
          ? fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '').map((text) => ({ [question.code]: option.code, [otherTextKey(question.code)]: text }))
          : fc.constant({ [question.code]: option.code }),
      );
    case 'multiple': {
      const exclusive = question.options.filter((o) => o.exclusive);
      const regular = question.options.filter((o) => !o.exclusive);
      const max = Math.min(question.maxChoices ?? regular.length, regular.length);
      const subsets = fc.subarray(regular, { minLength: 1, maxLength: max });
      const picks = exclusive.length ? fc.oneof(subsets, fc.constantFrom(...exclusive).map((o) => [o])) : subsets;
      return picks.chain((options) => {
        const codes = options.map((o) => o.code);
        const other = options.find((o) => o.other);
        if (!other) return fc.constant({ [question.code]: codes });
        return fc
          .string({ minLength: 1, maxLength: OTHER_TEXT_MAX_LENGTH })
          .filter((s) => s.trim() !== '')
          .map((text) => ({ [question.code]: codes, [otherTextKey(question.code)]: text }));
      });
    }
    case 'number': {
      const limit = question.atMost ? previous[question.atMost] : undefined;
      const max = typeof limit === 'number' ? Math.min(limit, question.max) : question.max;
      const value = question.integer
        ? fc.integer({ min: question.min, max })
        : fc.integer({ min: question.min * 2, max: max * 2 }).map((v) => v / 2);
      return value.map((v) => ({ [question.code]: v }));
    }
    case 'text':
      return fc
        .string({ minLength: 1, maxLength: Math.min(question.maxLength, 200) })
        .filter((s) => s.trim() !== '')
        .map((text) => ({ [question.code]: text }));
  }
}

/**
 * Any answer set a respondent could submit: walks the questions in order,
 * answering each shown question (optional ones sometimes left open) and
 * nothing else.
 */
export function validAnswers(def: Definition): fc.Arbitrary<Answers> {
  const questions = listQuestions(def);
  const step = (index: number, answers: Answers, visible: Set<string>): fc.Arbitrary<Answers> => {
    if (index === questions.length) return fc.constant(answers);
    const question = questions[index];
    const shown = !question.condition || conditionHolds(question.condition, answers, visible);
    if (!shown) return step(index + 1, answers, visible);
    const nextVisible = new Set(visible).add(question.code);
    const answered = validValue(question, answers).chain((value) => step(index + 1, { ...answers, ...value }, nextVisible));
    return question.required ? answered : fc.oneof(answered, step(index + 1, answers, nextVisible));
  };
  return step(0, {}, new Set());
}

export type LibraryInGroups = { province: string; sizeClass: SizeClass | null; submitted: boolean };

/** Often none, often a few, often more than the minimum group size of 5. */
const cellCount = fc.oneof(
  { arbitrary: fc.constant(0), weight: 3 },
  { arbitrary: fc.integer({ min: 1, max: 4 }), weight: 2 },
  { arbitrary: fc.integer({ min: 5, max: 12 }), weight: 2 },
);

/**
 * An edition's libraries over a few provinces and the size classes (and
 * none), drawn as a cross table of submitted responses plus a few drafts per
 * cell: cells are often empty or small, so a province often lies (almost)
 * wholly in one size class, or a class in one province, which is where
 * results requests nest.
 */
export function librariesInGroups(provinceNames: readonly string[] = ['Drenthe', 'Utrecht', 'Zeeland']): fc.Arbitrary<LibraryInGroups[]> {
  const sizeClasses: (SizeClass | null)[] = [...librarySizeClasses, null];
  const cells = provinceNames.flatMap((province) => sizeClasses.map((sizeClass) => ({ province, sizeClass })));
  return fc
    .tuple(...cells.map(() => fc.tuple(cellCount, fc.integer({ min: 0, max: 1 }))))
    .map((counts) =>
      cells.flatMap((cell, i) => [
        ...Array.from({ length: counts[i][0] }, () => ({ ...cell, submitted: true })),
        ...Array.from({ length: counts[i][1] }, () => ({ ...cell, submitted: false })),
      ]),
    );
}
