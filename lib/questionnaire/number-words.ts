import nl from '@/messages/nl/numbers.json';

const words: Record<string, string | undefined> = nl.words;

/**
 * A count as Dutch prose writes it: in words up to twenty ("drie"), in
 * figures beyond. The questions themselves say "de drie meest voorkomende
 * knelpunten", so the rules and messages about them say "drie" too; only
 * running counters ("2 van 3 gekozen") keep figures.
 */
export function countInWords(count: number): string {
  return words[String(count)] ?? String(count);
}
