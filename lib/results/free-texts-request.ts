import messages from '@/messages/nl/free-texts.json';
import { filterProblemMessage, parseResultFilters, type ResultFilters } from './filters';
import { FREE_TEXTS_PER_PAGE, MAX_FREE_TEXTS_LIMIT, type FreeTextList } from './free-texts';
import { fillTemplate } from '@/lib/wording/results';

/** Beyond any edition's texts; a bound on what a request can make us parse. */
const MAX_OFFSET = 10_000_000;
const OWN_PARAMETERS = ['question', 'offset', 'limit'] as const;

export type FreeTextsRequest =
  { ok: true; questionCode: string; offset: number; limit: number; filters: ResultFilters } | { ok: false; message: string };

const say = (key: keyof typeof messages.freeTexts.api, values: Record<string, string | number> = {}) =>
  fillTemplate(messages.freeTexts.api[key], values);

function wholeNumber(value: string | null, min: number, max: number, fallback: number): number | null {
  if (value === null) return fallback;
  if (!/^\d{1,9}$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

/**
 * The parameters of GET /api/v1/editions/{code}/free-texts: `question`
 * (required), `offset`, `limit`, and the results filters with the results'
 * refusals (filters.ts). Each at most once; a refusal is a Dutch sentence.
 */
export function parseFreeTextsRequest(params: URLSearchParams): FreeTextsRequest {
  const filterParams = new URLSearchParams();
  for (const [key, value] of params) if (!(OWN_PARAMETERS as readonly string[]).includes(key)) filterParams.append(key, value);
  for (const name of OWN_PARAMETERS) if (params.getAll(name).length > 1) return { ok: false, message: say('repeated', { name }) };
  const questionCode = params.get('question')?.trim() ?? '';
  if (!questionCode) return { ok: false, message: say('questionMissing') };
  const offset = wholeNumber(params.get('offset'), 0, MAX_OFFSET, 0);
  if (offset === null) return { ok: false, message: say('offset', { max: MAX_OFFSET }) };
  const limit = wholeNumber(params.get('limit'), 1, MAX_FREE_TEXTS_LIMIT, FREE_TEXTS_PER_PAGE);
  if (limit === null) return { ok: false, message: say('limit', { max: MAX_FREE_TEXTS_LIMIT }) };
  const parsed = parseResultFilters(filterParams);
  if (!parsed.ok) return { ok: false, message: filterProblemMessage(parsed.problem) };
  return { ok: true, questionCode, offset, limit, filters: parsed.filters };
}

/**
 * The answer's shape (docs/api.md). A withheld group carries why, and no
 * text and no count of them.
 */
export function freeTextsDocument(list: FreeTextList) {
  return {
    edition: list.edition,
    question: list.question,
    option: list.option,
    filters: list.filters,
    minimumGroupSize: list.minimumGroupSize,
    suppressed: list.suppressed !== null,
    ...(list.suppressed ? { suppressionReason: list.suppressed } : { total: list.total }),
    offset: list.offset,
    limit: list.limit,
    texts: list.texts,
  };
}

export function noFreeTextMessage(edition: string, question: string): string {
  return say('noFreeText', { edition, question });
}
