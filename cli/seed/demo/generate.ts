import { findQuestion, listQuestions, type Definition } from '@/lib/questionnaire/definition';
import { typeOf } from '@/lib/questionnaire/types';
import { otherTextKey } from '@/lib/questionnaire/types/choice/type';
import { buildAnswersSchema } from '@/lib/questionnaire/answer-schema';
import { visibleQuestionCodes, type Answers } from '@/lib/questionnaire/visibility';
import { createRandom, type Random } from './random';
import type { EditionTargets } from './targets';

export type DemoResponse = { libraryIndex: number; status: 'draft' | 'submitted'; answers: Answers };

const otherTexts = [
  'Gastlessen door auteurs',
  'Samenwerking met de gemeente',
  'Leesconsulent op school',
  'Wisselende contactpersonen',
  'Vervoer van klassen naar de bibliotheek',
  'Inzet van vrijwilligers',
];

/**
 * Spreads option counts over respondents: each option goes to the respondents
 * with the fewest choices so far, which keeps everyone within maxChoices and
 * gives everyone at least one choice whenever the counts allow it.
 */
function assignChoices(
  respondents: Answers[],
  questionCode: string,
  counts: Record<string, number>,
  def: Definition,
  random: Random,
): void {
  const question = findQuestion(def, questionCode);
  const choice = question && typeOf(question).choice;
  if (!question || !choice) {
    throw new Error(`demo targets name ${questionCode}, which is no choice question`);
  }
  const options = choice.options(question);
  const max = choice.maxChosen(question);
  const exclusive = options.find((o) => o.exclusive);
  const other = options.find((o) => o.other);
  const order = random.shuffle(respondents.map((_, i) => i));
  const picks = new Map<number, string[]>(order.map((i) => [i, []]));

  let pool = order;
  if (exclusive && counts[exclusive.code]) {
    pool.slice(0, counts[exclusive.code]).forEach((i) => picks.get(i)!.push(exclusive.code));
    pool = pool.slice(counts[exclusive.code]);
  }
  const entries = Object.entries(counts)
    .filter(([code]) => code !== exclusive?.code)
    .sort((a, b) => b[1] - a[1]);
  for (const [optionCode, count] of entries) {
    if (!options.some((o) => o.code === optionCode)) throw new Error(`unknown option ${questionCode}.${optionCode}`);
    const candidates = pool.filter((i) => picks.get(i)!.length < max).sort((a, b) => picks.get(a)!.length - picks.get(b)!.length);
    if (candidates.length < count) throw new Error(`cannot give ${optionCode} to ${count} respondents of ${questionCode}`);
    candidates.slice(0, count).forEach((i) => picks.get(i)!.push(optionCode));
  }
  for (const [i, chosen] of picks) {
    if (chosen.length === 0) continue;
    const ordered = options.map((o) => o.code).filter((c) => chosen.includes(c));
    respondents[i][questionCode] = choice.answerOf(question, ordered);
    if (other && ordered.includes(other.code)) respondents[i][otherTextKey(questionCode)] = random.pick(otherTexts);
  }
}

/** Splits a total into `parts` whole (or `step`) amounts around the mean. */
function spread(total: number, parts: number, random: Random, step = 1): number[] {
  const units = Math.round(total / step);
  const values = Array.from({ length: parts }, () => 0.5 + random.next());
  const scale = units / values.reduce((a, b) => a + b, 0);
  const result = values.map((v) => Math.max(1, Math.floor(v * scale)));
  let rest = units - result.reduce((a, b) => a + b, 0);
  for (let i = 0; rest !== 0; i = (i + 1) % parts) {
    if (rest > 0) {
      result[i] += 1;
      rest -= 1;
    } else if (result[i] > 1) {
      result[i] -= 1;
      rest += 1;
    }
  }
  return result.map((u) => u * step);
}

function assignNumbers(respondents: Answers[], targets: EditionTargets, def: Definition, random: Random): void {
  // A number with an upper bound from another (`atMost`) is spread together
  // with that one, the largest share beside the largest bound, so no answer
  // breaks the rule.
  const paired = new Set<string>();
  for (const question of listQuestions(def)) {
    const atMost = typeOf(question).numberRange?.(question).atMost;
    if (!atMost) continue;
    const bound = targets.numbers[atMost];
    const own = targets.numbers[question.code];
    if (!bound || !own) continue;
    if (bound.answered !== own.answered) throw new Error(`${question.code} and ${atMost} need the same number of answers`);
    const who = random.shuffle(respondents.map((_, i) => i)).slice(0, bound.answered);
    const sortedBounds = spread(bound.total, bound.answered, random).sort((x, y) => x - y);
    const sortedOwn = spread(own.total, own.answered, random).sort((x, y) => x - y);
    if (sortedOwn.some((v, i) => v > sortedBounds[i])) throw new Error(`${question.code} targets cannot stay within ${atMost}`);
    random.shuffle(who.map((_, k) => k)).forEach((k, idx) => {
      respondents[who[idx]][atMost] = sortedBounds[k];
      respondents[who[idx]][question.code] = sortedOwn[k];
    });
    paired.add(question.code).add(atMost);
  }
  for (const [code, target] of Object.entries(targets.numbers)) {
    if (paired.has(code)) continue;
    const who = random.shuffle(respondents.map((_, i) => i)).slice(0, target.answered);
    spread(target.total, target.answered, random, target.step).forEach((value, k) => (respondents[who[k]][code] = value));
  }
}

/**
 * Builds one edition's demo responses from its targets and checks every one
 * with the questionnaire's own schema, exactly as the API would.
 */
export function generateDemoResponses(
  def: Definition,
  targets: EditionTargets,
  { seed, libraryCount }: { seed: number; libraryCount: number },
): DemoResponse[] {
  const random = createRandom(seed);
  const cooperating: Answers[] = Array.from({ length: targets.cooperating }, () => ({ VO_SAMENWERKING: 'JA' }));

  for (const [questionCode, counts] of Object.entries(targets.choices)) {
    // Only those to whom the question is shown take part (a follow-up: those
    // who picked the option that shows it, as assigned just before).
    const shownTo = cooperating.filter((answers) => visibleQuestionCodes(def, answers).has(questionCode));
    assignChoices(shownTo, questionCode, counts, def, random);
  }
  assignNumbers(cooperating, targets, def, random);

  const notCooperating: Answers[] = Array.from({ length: targets.notCooperating }, () => ({ VO_SAMENWERKING: 'NEE' }));
  const drafts: Answers[] = Array.from({ length: targets.drafts }, (_, i) => (i % 2 === 0 ? { VO_SAMENWERKING: 'JA' } : {}));

  const submitSchema = buildAnswersSchema(def, 'submit');
  const draftSchema = buildAnswersSchema(def, 'draft');
  const all = [
    ...cooperating.map((answers) => ({ answers, status: 'submitted' as const })),
    ...notCooperating.map((answers) => ({ answers, status: 'submitted' as const })),
    ...drafts.map((answers) => ({ answers, status: 'draft' as const })),
  ];
  if (all.length > libraryCount) throw new Error(`${targets.edition} needs ${all.length} libraries, the demo has ${libraryCount}`);
  const libraryOrder = random.shuffle(Array.from({ length: libraryCount }, (_, i) => i));
  return all.map(({ answers, status }, k) => {
    const parsed = (status === 'submitted' ? submitSchema : draftSchema).safeParse(answers);
    if (!parsed.success) {
      throw new Error(`demo response for ${targets.edition} breaks the questionnaire: ${JSON.stringify(parsed.error.issues)}`);
    }
    return { libraryIndex: libraryOrder[k], status, answers: parsed.data };
  });
}
