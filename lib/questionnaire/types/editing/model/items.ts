import type { Definition, Option, Page, Question } from '@/lib/questionnaire/definition';
import { getAt, setAt, type Path } from './paths';

/*
 * Adding, removing and moving pages, questions and options: pure functions of
 * the definition being edited, each returning a new one.
 */

function listAt(definition: Definition, listPath: Path): unknown[] {
  const list = getAt(definition, listPath);
  return Array.isArray(list) ? list : [];
}

/** Moves the item at `index` by `delta` places; out of range leaves the list as it is. */
export function moveItem(definition: Definition, listPath: Path, index: number, delta: number): Definition {
  const list = listAt(definition, listPath);
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return definition;
  const copy = [...list];
  const [item] = copy.splice(index, 1);
  copy.splice(target, 0, item);
  return setAt(definition, listPath, copy);
}

export function removeItem(definition: Definition, listPath: Path, index: number): Definition {
  const list = listAt(definition, listPath);
  if (index < 0 || index >= list.length) return definition;
  return setAt(
    definition,
    listPath,
    list.filter((_, i) => i !== index),
  );
}

export function appendItem(definition: Definition, listPath: Path, item: unknown): Definition {
  return setAt(definition, listPath, [...listAt(definition, listPath), item]);
}

/** `PREFIX_1`, `PREFIX_2`, …: the first that is not taken. */
function freeCode(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let n = 1;
  while (used.has(`${prefix}_${n}`)) n++;
  return `${prefix}_${n}`;
}

function questionCodes(definition: Definition): string[] {
  return definition.pages.flatMap((page) => page.questions.map((question) => question.code));
}

const CODE_PREFIX = { page: 'PAGINA', question: 'VRAAG', option: 'OPTIE' } as const;

/** Two options with free codes and no text yet: the admin words them. */
export function newOptions(count: number, taken: string[] = []): Option[] {
  const options: Option[] = [];
  for (let i = 0; i < count; i++) {
    options.push({ code: freeCode(CODE_PREFIX.option, [...taken, ...options.map((o) => o.code)]), label: '' });
  }
  return options;
}

/** A new single-choice question: the most common kind; its type can be changed after. */
export function newQuestion(definition: Definition): Question {
  return {
    code: freeCode(CODE_PREFIX.question, questionCodes(definition)),
    type: 'single',
    text: '',
    required: true,
    options: newOptions(2),
  };
}

/** A new page holds one new question: a page without questions is not allowed. */
export function newPage(definition: Definition): Page {
  return {
    code: freeCode(
      CODE_PREFIX.page,
      definition.pages.map((page) => page.code),
    ),
    title: '',
    questions: [newQuestion(definition)],
  };
}

export function newOption(options: readonly Option[]): Option {
  return newOptions(
    1,
    options.map((o) => o.code),
  )[0];
}
