import { describe, expect, it } from 'vitest';
import { editionPhase, isEditionOpen } from './phase';

const at = (iso: string) => new Date(iso);
const now = at('2024-03-01T12:00:00Z');

describe('edition phase: the one answer to "can libraries answer now?"', () => {
  it.each([
    ['a concept', { status: 'draft', opensAt: null, closesAt: null }, 'draft'],
    [
      'a concept whose moments have come',
      { status: 'draft', opensAt: at('2024-01-01T00:00:00Z'), closesAt: at('2024-06-01T00:00:00Z') },
      'draft',
    ],
    [
      'opened, before its opening moment',
      { status: 'open', opensAt: at('2024-03-02T00:00:00Z'), closesAt: at('2024-06-01T00:00:00Z') },
      'scheduled',
    ],
    ['opened, between the moments', { status: 'open', opensAt: at('2024-02-01T00:00:00Z'), closesAt: at('2024-06-01T00:00:00Z') }, 'open'],
    ['opened, at its closing moment', { status: 'open', opensAt: at('2024-02-01T00:00:00Z'), closesAt: now }, 'closed'],
    ['opened, after its closing moment', { status: 'open', opensAt: null, closesAt: at('2024-02-29T00:00:00Z') }, 'closed'],
    ['closed by an admin before its closing moment', { status: 'closed', opensAt: null, closesAt: at('2024-06-01T00:00:00Z') }, 'closed'],
    ['opened without a closing moment', { status: 'open', opensAt: null, closesAt: null }, 'open'],
  ] as const)('%s', (_, edition, phase) => {
    expect(editionPhase(edition, now)).toBe(phase);
    expect(isEditionOpen(edition, now)).toBe(phase === 'open');
  });
});
