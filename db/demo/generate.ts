import { findQuestion, otherTextKey, type Definition } from '@/lib/questionnaire/definition';
import { buildAnswersSchema } from '@/lib/questionnaire/answer-schema';
import type { Answers } from '@/lib/questionnaire/visibility';
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
  if (!question || (question.type !== 'multiple' && question.type !== 'single')) {
    throw new Error(`demo targets name ${questionCode}, which is no choice question`);
  }
  const max = question.type === 'multiple' ? question.maxChoices ?? question.options.length : 1;
  const exclusive = question.options.find((o) => o.exclusive);
  const other = question.options.find((o) => o.other);
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
    if (!question.options.some((o) => o.code === optionCode)) throw new Error(`unknown option ${questionCode}.${optionCode}`);
    const candidates = pool
      .filter((i) => picks.get(i)!.length < max)
      .sort((a, b) => picks.get(a)!.length - picks.get(b)!.length);
    if (candidates.length < count) throw new Error(`cannot give ${optionCode} to ${count} respondents of ${questionCode}`);
    candidates.slice(0, count).forEach((i) => picks.get(i)!.push(optionCode));
  }
  for (const [i, chosen] of picks) {
    if (chosen.length === 0) continue;
    const ordered = question.options.map((o) => o.code).filter((c) => chosen.includes(c));
    respondents[i][questionCode] = question.type === 'single' ? ordered[0] : ordered;
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

function assignNumbers(respondents: Answers[], targets: EditionTargets, random: Random): void {
  const numbered = Object.entries(targets.numbers);
  // School locations come as a pair: the number worked with never exceeds the number in the area.
  const area = targets.numbers.SCHOOLLOCATIES_WERKGEBIED;
  const together = targets.numbers.SCHOOLLOCATIES_SAMENWERKING;
  if (area && together) {
    const who = random.shuffle(respondents.map((_, i) => i)).slice(0, area.answered);
    const areaValues = spread(area.total, area.answered, random);
    const shares = spread(together.total, together.answered, random);
    // Pair the largest share with the largest area so no library exceeds its area.
    const sortedAreas = [...areaValues].sort((a, b) => a - b);
    const sortedShares = [...shares].sort((a, b) => a - b);
    if (sortedShares.some((s, i) => s > sortedAreas[i])) throw new Error('school location targets cannot be paired');
    const order = random.shuffle(who.map((_, k) => k));
    order.forEach((k, idx) => {
      respondents[who[idx]].SCHOOLLOCATIES_WERKGEBIED = sortedAreas[k];
      respondents[who[idx]].SCHOOLLOCATIES_SAMENWERKING = sortedShares[k];
    });
  }
  for (const [code, target] of numbered) {
    if (code === 'SCHOOLLOCATIES_WERKGEBIED' || code === 'SCHOOLLOCATIES_SAMENWERKING') continue;
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
    const question = findQuestion(def, questionCode);
    if (question?.condition && question.condition.question !== 'VO_SAMENWERKING') {
      // A follow-up: only those for whom it is shown take part.
      const { question: parent, anyOf } = question.condition;
      const shownTo = cooperating.filter((a) => {
        const v = a[parent];
        return (Array.isArray(v) ? v : [v]).some((c) => anyOf.includes(c as string));
      });
      assignChoices(shownTo, questionCode, counts, def, random);
    } else {
      assignChoices(cooperating, questionCode, counts, def, random);
    }
  }
  assignNumbers(cooperating, targets, random);

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

