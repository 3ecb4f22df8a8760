import { describe, expect, it } from 'vitest';
import { loadBundledDefinitions } from '@/cli/seed/questionnaires';
import { describePath } from './definition-paths';

const definition = loadBundledDefinitions().at(-1)!;

describe('a field path in words', () => {
  it.each([
    ['title', 'Vragenlijst: de titel'],
    ['pages.0.title', 'Pagina SAMENWERKING: de titel'],
    ['pages.1.questions.0.text', 'Pagina SUCCESSEN_KNELPUNTEN › vraag TEVREDEN: de vraagtekst'],
    [
      'pages.1.questions.0.options.1.label',
      'Pagina SUCCESSEN_KNELPUNTEN › vraag TEVREDEN › antwoord EXPERTISE_BIBLIOTHEEK: de antwoordtekst',
    ],
    ['pages.1.questions.0.options', 'Pagina SUCCESSEN_KNELPUNTEN › vraag TEVREDEN: de antwoordopties'],
    ['pages.1.questions.0.condition.anyOf.0', 'Pagina SUCCESSEN_KNELPUNTEN › vraag TEVREDEN: de antwoorden van de voorwaarde'],
    ['pages.9.questions.2.code', 'Pagina 10 › vraag 3: de code'],
    ['pages.0.questions.0', 'Pagina SAMENWERKING › vraag VO_SAMENWERKING'],
  ])('%s', (path, words) => {
    expect(describePath(definition, path)).toBe(words);
  });
});
