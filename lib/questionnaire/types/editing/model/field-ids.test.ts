import { describe, expect, it } from 'vitest';
import { candidateIdsOf, fieldIdOf, messageIdOf, problemsByField } from './field-ids';

describe('field ids', () => {
  it('follow the path of the field in the definition', () => {
    expect(fieldIdOf('pages.1.questions.0.options.2.code')).toBe('vl-pages-1-questions-0-options-2-code');
    expect(fieldIdOf(['pages', 1, 'questions', 0, 'maxChoices'])).toBe('vl-pages-1-questions-0-maxChoices');
    expect(fieldIdOf('title')).toBe('vl-title');
    expect(fieldIdOf('startPage.privacy')).toBe('vl-startPage-privacy');
    expect(messageIdOf('pages.0.code')).toBe('vl-pages-0-code-fout');
  });

  it('put a chosen option of a condition at its group of check boxes, and the identity fields at the questionnaire', () => {
    expect(fieldIdOf('pages.1.questions.2.condition.anyOf.0')).toBe('vl-pages-1-questions-2-condition-anyOf');
    expect(fieldIdOf('pages.1.questions.2.condition.anyOf')).toBe('vl-pages-1-questions-2-condition-anyOf');
    expect(fieldIdOf('edition')).toBe('vl-vragenlijst');
    expect(fieldIdOf('previousEdition')).toBe('vl-vragenlijst');
    expect(fieldIdOf('')).toBe('vl-vragenlijst');
  });

  it('fall back to the items around a field the editor does not show', () => {
    expect(candidateIdsOf('pages.1.questions.0.maxChoices')).toEqual([
      'vl-pages-1-questions-0-maxChoices',
      'vl-pages-1-questions-0',
      'vl-pages-1-questions',
      'vl-pages-1',
      'vl-pages',
      'vl-vragenlijst',
    ]);
    expect(candidateIdsOf('edition')).toEqual(['vl-vragenlijst']);
  });

  it('group problems by field, each message once', () => {
    const grouped = problemsByField([
      { path: 'pages.0.questions.1.condition.anyOf.0', message: 'a' },
      { path: 'pages.0.questions.1.condition.anyOf.1', message: 'b' },
      { path: 'pages.0.questions.1.condition.anyOf', message: 'a' },
      { path: 'title', message: 'c' },
    ]);
    expect(Object.fromEntries(grouped)).toEqual({ 'vl-pages-0-questions-1-condition-anyOf': ['a', 'b'], 'vl-title': ['c'] });
  });
});
