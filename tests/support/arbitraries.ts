import fc from 'fast-check';
import { OTHER_TEXT_MAX_LENGTH, listQuestions, otherTextKey, type Definition, type Question } from '@/lib/questionnaire/definition';
import { typeOf } from '@/lib/questionnaire/types';
import { conditionHolds, type Answers } from '@/lib/questionnaire/visibility';
import { librarySizeClasses } from '@/db/schema';
import type { SizeClass } from '@/lib/libraries/fields';

/** With a free text for the "Anders" option, when the answer holds it. */
function withOtherText(question: Question, codes: string[], value: Answers[string], maxLength: number): fc.Arbitrary<Answers> {
  const other = typeOf(question)
    .choice!.options(question)
    .find((o) => o.other);
  if (!other || !codes.includes(other.code)) return fc.constant({ [question.code]: value });
  return fc
    .string({ minLength: 1, maxLength })
    .filter((s) => s.trim() !== '')
    .map((text) => ({ [question.code]: value, [otherTextKey(question.code)]: text }));
}

/** A valid value for one question, given the answers before it (for `atMost`), from what its type says of its answers. */
function validValue(question: Question, previous: Answers): fc.Arbitrary<Answers> {
  const type = typeOf(question);
  if (type.choice) {
    const choice = type.choice;
    const options = choice.options(question);
    if (choice.oneOption)
      return fc.constantFrom(...options).chain((o) => withOtherText(question, [o.code], choice.answerOf(question, [o.code]), 40));
    const exclusive = options.filter((o) => o.exclusive);
    const regular = options.filter((o) => !o.exclusive);
    const max = Math.min(choice.maxChosen(question), regular.length);
    const subsets = fc.subarray(regular, { minLength: 1, maxLength: max });
    const picks = exclusive.length
      ? fc.oneof(
          subsets,
          fc.constantFrom(...exclusive).map((o) => [o]),
        )
      : subsets;
    return picks.chain((chosen) => {
      const codes = chosen.map((o) => o.code);
      return withOtherText(question, codes, choice.answerOf(question, codes), OTHER_TEXT_MAX_LENGTH);
    });
  }
  const range = type.numberRange?.(question);
  if (range) {
    const limit = range.atMost ? previous[range.atMost] : undefined;
    const max = typeof limit === 'number' ? Math.min(limit, range.max) : range.max;
    const value = range.integer ? fc.integer({ min: range.min, max }) : fc.integer({ min: range.min * 2, max: max * 2 }).map((v) => v / 2);
    return value.map((v) => ({ [question.code]: v }));
  }
  const maxLength = type.maxTextLength?.(question);
  if (maxLength === undefined)
    throw new Error(`no arbitrary answers for ${question.code}: its type says neither options, a number nor a text`);
  return fc
    .string({ minLength: 1, maxLength: Math.min(maxLength, 200) })
    .filter((s) => s.trim() !== '')
    .map((text) => ({ [question.code]: text }));
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
