import { describe, expect, it } from 'vitest';
import nl from '@/messages/nl/respondent.json';
import { findQuestion, parseDefinition } from '@/lib/questionnaire/definition';
import { visibleQuestionCodes } from '@/lib/questionnaire/visibility';
import definitionJson from '@/cli/seed/questionnaires/2022-2023.json';
import { conditionSentence } from './condition-text';
import { answersToFormValues, formValuesToAnswers } from './form-values';
import { formatDutchNumber, parseDutchNumber } from '@/lib/figures/dutch-number';
import { visiblePages } from './pages';

const definition = parseDefinition(definitionJson);
const wording = { sentence: nl.respondent.printPage.condition, or: nl.respondent.printPage.or };

describe('parseDutchNumber', () => {
  it('reads a decimal comma and a decimal point', () => {
    expect(parseDutchNumber('12,5')).toBe(12.5);
    expect(parseDutchNumber('12.5')).toBe(12.5);
    expect(parseDutchNumber(' 7 ')).toBe(7);
  });
  it('reads dots as thousands separators when a comma or several dots are present', () => {
    expect(parseDutchNumber('1.250,5')).toBe(1250.5);
    expect(parseDutchNumber('1.000.000')).toBe(1000000);
  });
  it('returns null for an empty field and the text itself when it is no number', () => {
    expect(parseDutchNumber('   ')).toBeNull();
    expect(parseDutchNumber('twaalf')).toBe('twaalf');
    expect(parseDutchNumber('1,2,3')).toBe('1,2,3');
    expect(parseDutchNumber('12,')).toBe('12,');
  });
  it('formats with a decimal comma, round-tripping through the parser', () => {
    expect(formatDutchNumber(12.5)).toBe('12,5');
    for (const value of [0, 3, 12.5, 999.25]) expect(parseDutchNumber(formatDutchNumber(value))).toBe(value);
  });
});

describe('conditionSentence', () => {
  it('writes a condition out with the question number and the option label', () => {
    const question = findQuestion(definition, 'TEVREDEN')!;
    expect(conditionSentence(definition, question.condition!, wording)).toBe("Alleen beantwoorden als je bij vraag 1 'Ja' hebt gekozen.");
    const followUp = findQuestion(definition, 'FINANCIERING_MINDER_SCHOLEN')!;
    expect(conditionSentence(definition, followUp.condition!, wording)).toBe(
      "Alleen beantwoorden als je bij vraag 3 'Financiering' hebt gekozen.",
    );
  });
  it('joins several options with "of"', () => {
    const sentence = conditionSentence(definition, { question: 'KNELPUNTEN', anyOf: ['FINANCIERING', 'BORGING', 'LESROOSTER'] }, wording);
    expect(sentence).toBe(
      "Alleen beantwoorden als je bij vraag 3 'Financiering', 'Borging van de samenwerking' of 'Inpasbaarheid in het lesrooster' hebt gekozen.",
    );
  });
});

describe('form values', () => {
  it('round-trip API answers, with numbers typed the Dutch way', () => {
    const answers = { VO_SAMENWERKING: 'JA', KNELPUNTEN: ['FINANCIERING', 'ANDERS'], KNELPUNTEN__other: 'Vervoer', UREN_PER_WEEK: 12.5 };
    const values = answersToFormValues(definition, answers);
    expect(values.UREN_PER_WEEK).toBe('12,5');
    expect(values.TEVREDEN).toEqual([]);
    expect(formValuesToAnswers(definition, values)).toEqual(answers);
  });
  it('leaves empty fields out and passes unreadable numbers on for the schema to refuse', () => {
    const values = answersToFormValues(definition, {});
    values.UREN_PER_WEEK = 'veel';
    expect(formValuesToAnswers(definition, values)).toEqual({ UREN_PER_WEEK: 'veel' });
  });
});

describe('visiblePages', () => {
  it('skips pages whose questions are all hidden', () => {
    const titles = (answers: Record<string, string>) =>
      visiblePages(definition, visibleQuestionCodes(definition, answers)).map((p) => p.code);
    expect(titles({ VO_SAMENWERKING: 'NEE' })).toEqual(['SAMENWERKING', 'AFRONDING']);
    expect(titles({ VO_SAMENWERKING: 'JA' })).toEqual(['SAMENWERKING', 'SUCCESSEN_KNELPUNTEN', 'INZET', 'AFRONDING']);
  });
});
