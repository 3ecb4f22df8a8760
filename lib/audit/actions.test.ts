import { describe, expect, it } from 'vitest';
import nl from '@/messages/nl/audit.json';
import { auditActions } from './actions';

describe('audit actions', () => {
  it('each have Dutch words for the audit-log page and its filter', () => {
    const words = nl.audit.actions as Record<string, Record<string, string>>;
    const missing = auditActions.filter((action) => {
      const [group, name] = action.split('.');
      return !words[group]?.[name];
    });
    expect(missing, 'add them to messages/nl/audit.json under audit.actions').toEqual([]);
  });
});
