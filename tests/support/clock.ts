import type { Clock } from '@/lib/mail/sender';

/**
 * A clock for the sender loop that only moves when told: its sleeps pass at
 * once and advance the time by what they waited, so back-off and planned
 * moments are tested without waiting for them.
 */
export function fakeClock(start = new Date()): Clock & { advance: (ms: number) => void } {
  let now = start.getTime();
  const advance = (ms: number) => {
    now += ms;
  };
  return { now: () => new Date(now), sleep: async (ms) => advance(ms), advance };
}
