/**
 * Helpers for the answer schema's text checks and for quoting what a request
 * sent in an error message. A request is up to 256 kB of whatever its sender
 * likes, so a message may quote only a short excerpt of it.
 */

const LONE_SURROGATE = /\p{Cs}/u;
const LONE_SURROGATES = /\p{Cs}/gu;
const QUOTE_MAX_LENGTH = 40;
const LIST_MAX_ITEMS = 10;
const dutchNumber = new Intl.NumberFormat('nl-NL');

/**
 * False for text with a lone UTF-16 surrogate (JSON's "\ud800" escape makes
 * one). UTF-8, and so the database, cannot hold it: it would store U+FFFD and
 * the stored answer would differ from the one acknowledged.
 */
export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/** A short, well-formed excerpt of a value from the request. */
export function quote(value: string): string {
  const excerpt = value.length > QUOTE_MAX_LENGTH ? `${value.slice(0, QUOTE_MAX_LENGTH)}…` : value;
  return excerpt.replace(LONE_SURROGATES, '\uFFFD');
}

export function formatCount(count: number): string {
  return dutchNumber.format(count);
}

/** The first few values, quoted, and how many more there were. */
export function quoteList(values: string[], andMore: (list: string, count: string) => string): string {
  const list = values.slice(0, LIST_MAX_ITEMS).map(quote).join(', ');
  return values.length > LIST_MAX_ITEMS ? andMore(list, formatCount(values.length - LIST_MAX_ITEMS)) : list;
}
