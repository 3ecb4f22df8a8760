import type { EditionFailure } from '@/lib/editions/messages';
import { parseMoment } from '@/lib/editions/moments';
import type { CliIo } from '../command';

const momentFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });

/** "30 juni 2099 om 17:00", in Dutch time. */
export function showMoment(date: Date | null): string {
  return date ? momentFormat.format(date) : '–';
}

/** Prints a refusal with its field problems; exit code 1 (the request was understood but refused). */
export function printFailure(io: CliIo, failure: EditionFailure): number {
  io.stderr(`${failure.message}\n`);
  for (const error of failure.errors) if (error.message !== failure.message) io.stderr(`  ${error.path}: ${error.message}\n`);
  return 1;
}

/**
 * `--opens` / `--closes`: a Dutch time ("2024-06-30T17:00") or ISO 8601 with
 * an offset; "geen" clears the moment; absent keeps it. `invalid` names the
 * option that could not be read.
 */
export function momentOption(options: Record<string, string | true>, name: 'opens' | 'closes'): { value?: Date | null; invalid?: string } {
  const raw = options[name];
  if (raw === undefined) return {};
  if (raw === true) return { invalid: name };
  if (raw === 'geen') return { value: null };
  const date = parseMoment(raw);
  return date ? { value: date } : { invalid: name };
}
