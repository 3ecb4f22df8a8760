import { createFormatter, createTranslator } from 'next-intl';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { messages } from '@/i18n/messages';

vi.mock('next-intl/server', () => ({
  getTranslations: async (namespace: 'audit') => createTranslator({ locale: 'nl', messages, namespace }),
  getFormatter: async () => createFormatter({ locale: 'nl', timeZone: 'Europe/Amsterdam' }),
}));

const { AuditDetails } = await import('./audit-details');

async function text(details: Record<string, unknown> | null) {
  const html = renderToStaticMarkup(await AuditDetails({ details }));
  return {
    html,
    text: html
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  };
}

describe('audit entry details on the page', () => {
  it('shows a definition change as a difference list, old value struck through and new one marked', async () => {
    const { html, text: shown } = await text({
      changes: [
        { path: 'pages[0].questions[2].text', from: 'Hoeveel uren?', to: 'Hoeveel uren per week?' },
        { path: 'pages[1].questions[0].options[3]', to: 'ANDERS' },
      ],
    });
    expect(shown).toContain('pages[0].questions[2].text : was Hoeveel uren? , wordt Hoeveel uren per week?');
    expect(shown).toContain('pages[1].questions[0].options[3] : was (leeg) , wordt ANDERS');
    expect(html).toContain('<del>Hoeveel uren?</del>');
    expect(html).toContain('<ins>Hoeveel uren per week?</ins>');
  });

  it('shows other details as labelled values, in Dutch words where it knows them', async () => {
    const { text: shown } = await text({
      email: 'a@example.nl',
      from: 'coordinator',
      to: 'admin',
      closesAt: '2026-06-30T22:00:00.000Z',
      reissue: true,
      codes: ['A', 'B'],
    });
    expect(shown).toBe('E-mailadres a@example.nl Was Coördinator Wordt Beheerder Sluit 1 jul 2026, 00:00 reissue ja codes A, B');
  });

  it('shows a dash for an entry without details', async () => {
    expect((await text(null)).text).toBe('–');
  });
});
