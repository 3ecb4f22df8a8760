import type { Path } from './paths';

/*
 * Every field and list of the editor has an element id derived from its path
 * in the definition, so a problem of the definition schema (addressed by that
 * path) finds its field: "pages.1.questions.0.options.2.code" is the input
 * with id "vl-pages-1-questions-0-options-2-code".
 */

const ROOT = 'vragenlijst';

/**
 * The path of the field that shows a problem at `path`: the choices of a
 * condition are one group of check boxes, and the edition's identity fields
 * are not editable, so their problems belong to the questionnaire as a whole.
 */
function fieldPathOf(path: string): string {
  const segments = path === '' ? [] : path.split('.');
  if (segments[0] !== 'pages' && segments[0] !== 'title' && segments[0] !== 'startPage') return '';
  const anyOf = segments.lastIndexOf('anyOf');
  if (anyOf !== -1 && anyOf === segments.length - 2) return segments.slice(0, -1).join('.');
  return path;
}

export function fieldIdOf(path: string | Path): string {
  const key = typeof path === 'string' ? path : path.join('.');
  const field = fieldPathOf(key);
  return `vl-${field === '' ? ROOT : field.replace(/\./g, '-')}`;
}

/** The id of the messages shown at a field. */
export function messageIdOf(path: string | Path): string {
  return `${fieldIdOf(path)}-fout`;
}

/**
 * The ids to try, nearest first, for moving focus to a problem: its field,
 * then the items and lists around it, then the questionnaire. A problem can
 * name a field the editor does not show (a field the current question type
 * lacks, in a structure change the server refused).
 */
export function candidateIdsOf(path: string): string[] {
  const segments = fieldPathOf(path).split('.').filter(Boolean);
  const ids: string[] = [];
  for (let length = segments.length; length >= 0; length--) ids.push(fieldIdOf(segments.slice(0, length).join('.')));
  return [...new Set(ids)];
}

/** Problems grouped by the id of the field that shows them. */
export function problemsByField(problems: readonly { path: string; message: string }[]): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  for (const problem of problems) {
    const id = fieldIdOf(problem.path);
    const list = byField.get(id) ?? [];
    if (!list.includes(problem.message)) list.push(problem.message);
    byField.set(id, list);
  }
  return byField;
}
