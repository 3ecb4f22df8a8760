import { describe, expect, it } from 'vitest';
import { describePath } from './definition-paths';
import { checkDefinition } from './definition-problems';
import type { DefinitionInput } from './definition';
import { loadBundledDefinitions } from '@/cli/seed/questionnaires';

const base = (startPage?: unknown): DefinitionInput =>
  ({
    edition: '2030-2031',
    title: 'Test',
    ...(startPage === undefined ? {} : { startPage }),
    pages: [{ code: 'P1', title: 'Pagina', questions: [{ code: 'TEKST', type: 'text', text: 'Iets?', required: false, maxLength: 100 }] }],
  }) as DefinitionInput;

describe("the start page's texts in a definition", () => {
  it('are optional, each of them, and kept as written', () => {
    expect(checkDefinition(base()).ok).toBe(true);
    const texts = {
      purpose: 'Waarom we dit vragen.',
      duration: 'Het invullen duurt ongeveer 10 minuten.',
      privacy: 'Wie wat ziet.',
      contact: 'Mail naar vragen@netwerk.nl.',
    };
    const checked = checkDefinition(base(texts));
    expect(checked.ok && checked.definition.startPage).toEqual(texts);
    const partial = checkDefinition(base({ contact: 'Bel 030-1234567.' }));
    expect(partial.ok && partial.definition.startPage).toEqual({ contact: 'Bel 030-1234567.' });
  });

  it('are refused empty, too long or unknown, in Dutch at the field', () => {
    const checked = checkDefinition(base({ purpose: '', privacy: 'x'.repeat(2001), welcome: 'Hallo' }));
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.problems).toEqual(
      expect.arrayContaining([
        { path: 'startPage.purpose', message: 'Vul dit veld in.' },
        { path: 'startPage.privacy', message: 'Deze tekst mag hoogstens 2000 tekens lang zijn.' },
        { path: 'startPage', message: 'Onbekend veld: welcome.' },
      ]),
    );
    expect(describePath(base(), 'startPage.privacy')).toBe('Vragenlijst: de privacyverklaring (startpagina)');
  });

  it('are filled in for the shipped editions', () => {
    for (const definition of loadBundledDefinitions()) {
      expect(definition.startPage, definition.edition).toEqual({
        purpose: expect.stringContaining(definition.edition),
        duration: expect.any(String),
        privacy: expect.stringContaining('alleen samengevoegd'),
        contact: expect.stringContaining('@'),
      });
    }
  });
});
