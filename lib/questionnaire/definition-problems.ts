import type { z } from 'zod';
import nl from '@/messages/nl/definition.json';
import { definitionSchema, type Definition } from './definition';
import { fillTemplate } from '@/lib/fill-template';

/**
 * The definition schema's verdict in Dutch, for the people who edit a
 * questionnaire (upload, API, editor): each problem carries the dotted path
 * of the field it is about ("pages.0.questions.2.options.1.code"), so a form
 * can show it at that field. The schema stays the single judge; this only
 * words its issues.
 */
export type DefinitionProblem = { path: string; message: string };

type ProblemKey = keyof typeof nl.definition.problems;
type DefinitionField = keyof typeof nl.definition.fields;

/** Plain substitution: the CLI and route handlers use these outside next-intl. */
export function definitionMessage(key: ProblemKey, values: Record<string, string | number> = {}): string {
  return fillTemplate(nl.definition.problems[key], values);
}

/** "de antwoordopties" for the last named segment of a path; the segment itself when it has no name. */
export function fieldName(path: string): string {
  const last = path
    .split('.')
    .filter((s) => s !== '' && !/^\d+$/.test(s))
    .at(-1);
  return last && last in nl.definition.fields ? nl.definition.fields[last as DefinitionField] : (last ?? '');
}

function pathOf(segments: readonly PropertyKey[]): string {
  return segments.map(String).join('.');
}

const expectedKeys: Record<string, ProblemKey> = {
  string: 'expectedString',
  number: 'expectedNumber',
  boolean: 'expectedBoolean',
  array: 'expectedArray',
  object: 'expectedObject',
};

function lastName(segments: readonly PropertyKey[]): string | undefined {
  return [...segments].reverse().find((s): s is string => typeof s === 'string');
}

function tooSmall(issue: z.core.$ZodIssueTooSmall, field: string | undefined): string {
  const min = Number(issue.minimum);
  if (issue.origin === 'string') return definitionMessage('emptyText');
  if (issue.origin === 'array') {
    if (field === 'options') return definitionMessage('tooFewOptions', { min });
    if (field === 'pages') return definitionMessage('tooFewPages');
    if (field === 'questions') return definitionMessage('tooFewQuestions');
    if (field === 'anyOf') return definitionMessage('tooFewAnyOf');
    return definitionMessage('tooFewItems', { min });
  }
  return min === 0 && !issue.inclusive ? definitionMessage('numberPositive') : definitionMessage('numberTooSmall', { min });
}

function wordIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const field = lastName(issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const value = issue.path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key as string], input);
      if (value === undefined) return definitionMessage('required');
      return definitionMessage(expectedKeys[issue.expected] ?? 'invalid');
    }
    case 'too_small':
      return tooSmall(issue, field);
    case 'too_big':
      if (issue.origin === 'string') return definitionMessage('textTooLong', { max: Number(issue.maximum) });
      return definitionMessage('numberTooBig', { max: Number(issue.maximum) });
    case 'invalid_format':
      return field === 'edition' || field === 'previousEdition' ? definitionMessage('editionFormat') : definitionMessage('codeFormat');
    case 'invalid_union':
      if (field === 'type') return definitionMessage('questionType');
      if (field === 'edition') return definitionMessage('editionFormat');
      return definitionMessage('invalid');
    case 'invalid_value':
      return definitionMessage('fixedValue', { expected: issue.values.map(String).join(', ') });
    case 'unrecognized_keys':
      return definitionMessage('unknownField', { keys: issue.keys.join(', ') });
    case 'not_multiple_of':
      return definitionMessage('notInteger');
    case 'custom': {
      const params = (issue.params ?? {}) as { problem?: ProblemKey } & Record<string, string | number>;
      return params.problem && params.problem in nl.definition.problems
        ? definitionMessage(params.problem, params)
        : definitionMessage('invalid');
    }
    default:
      return definitionMessage('invalid');
  }
}

/** Every issue of a failed parse, worded and addressed; `input` tells a missing field from a wrong one. */
function describeDefinitionIssues(issues: readonly z.core.$ZodIssue[], input: unknown): DefinitionProblem[] {
  return issues.map((issue) => ({ path: pathOf(issue.path), message: wordIssue(issue, input) }));
}

export type DefinitionCheck = { ok: true; definition: Definition } | { ok: false; problems: DefinitionProblem[] };

/** The loader's schema, with its verdict in Dutch. */
export function checkDefinition(input: unknown): DefinitionCheck {
  const parsed = definitionSchema.safeParse(input);
  if (parsed.success) return { ok: true, definition: parsed.data };
  return { ok: false, problems: describeDefinitionIssues(parsed.error.issues, input) };
}
