/**
 * Opening and closing moments are typed in Dutch time (a datetime-local
 * field, or the CLI) and stored as UTC milliseconds. The offset comes from
 * the platform's time-zone data, so summer and winter time need no table.
 */
const ZONE = 'Europe/Amsterdam';

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function wallClock(date: Date) {
  const parts = Object.fromEntries(partsFormat.formatToParts(date).map((p) => [p.type, p.value]));
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
}

function offsetMs(date: Date): number {
  const c = wallClock(date);
  const asUtc = Date.UTC(Number(c.year), Number(c.month) - 1, Number(c.day), Number(c.hour), Number(c.minute), Number(c.second));
  return asUtc - Math.floor(date.getTime() / 1000) * 1000;
}

/** "2024-06-30T17:00" for a datetime-local field showing Dutch time. */
export function toAmsterdamLocal(date: Date): string {
  const c = wallClock(date);
  return `${c.year}-${c.month}-${c.day}T${c.hour}:${c.minute}`;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A moment from "2024-06-30T17:00" (Dutch time) or an ISO 8601 moment with
 * Z or an offset; undefined for anything else, including a Dutch time that
 * does not exist (the hour skipped when summer time starts).
 */
export function parseMoment(value: string): Date | undefined {
  const text = value.trim();
  if (WITH_OFFSET.test(text)) {
    const date = new Date(text);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  const m = LOCAL.exec(text);
  if (!m) return undefined;
  const naive = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  let time = naive - offsetMs(new Date(naive));
  time = naive - offsetMs(new Date(time));
  const date = new Date(time);
  // Round trip: rejects 30 February, 25:00 and the skipped hour alike.
  return toAmsterdamLocal(date) === `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}` ? date : undefined;
}
