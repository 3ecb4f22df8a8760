import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * One verb for sending answers: a respondent "verstuurt", and staff pages say
 * "verstuurd". "Ingediend", "ingestuurd" or "verzonden" for the same act made
 * coordinators wonder whether these were different states, and "In
 * behandeling" read as if the network was handling the answers, where it
 * meant a library had started but not sent them.
 */
const otherVerbs = /ingediend|indien|ingestuurd|insturen|verzonden|verzenden|in behandeling|in bewerking/i;

function strings(value: unknown, where: string): [string, string][] {
  if (typeof value === 'string') return [[where, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, v]) => strings(v, `${where}.${key}`));
  return [];
}

describe('the words for sending answers', () => {
  const files = fs.readdirSync('messages/nl').filter((name) => name.endsWith('.json'));

  it.each(files)('messages/nl/%s uses "versturen" and "verstuurd" only', (name) => {
    const messages = JSON.parse(fs.readFileSync(path.join('messages/nl', name), 'utf8')) as unknown;
    const found = strings(messages, name).filter(([, text]) => otherVerbs.test(text));
    expect(found).toEqual([]);
  });

  it('says what a started response is', () => {
    const results = JSON.parse(fs.readFileSync('messages/nl/results.json', 'utf8')).results;
    expect(results.inProgress).toMatch(/^Begonnen, nog niet verstuurd: \{count\}$/);
  });
});
