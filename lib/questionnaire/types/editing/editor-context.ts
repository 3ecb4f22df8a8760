'use client';

import { createContext, useContext } from 'react';
import type { Definition } from '@/lib/questionnaire/definition';
import { fieldIdOf, messageIdOf } from './model/field-ids';
import { getAt, isWordingPath, setAt, type Path } from './model/paths';

/** After a change: where focus goes (an element id) and what a screen reader hears. */
export type AfterChange = { focusId?: string; announce?: string };

export type EditorContextValue = {
  /**
   * The definition being edited. Its leaves may hold what was typed (a number
   * field's text that is no number) until the schema says so at the field.
   */
  definition: Definition;
  /** An opened edition: only wording may change (lib/editions/structure.ts). */
  locked: boolean;
  /** Messages per field id (model/field-ids.ts). */
  problems: Map<string, string[]>;
  change(update: (definition: Definition) => Definition, after?: AfterChange): void;
};

export const EditorContext = createContext<EditorContextValue | null>(null);

export const LOCKED_NOTE_ID = 'vl-vastgelegd';

export function useEditor(): EditorContextValue {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('useEditor outside the definition editor');
  return editor;
}

function joinIds(...ids: (string | false | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}

/** What an input of the editor needs for the field at `path`: its id, value, messages, and whether it may change now. */
export function useField(path: Path, hintId?: string) {
  const editor = useEditor();
  const id = fieldIdOf(path);
  const messages = editor.problems.get(id) ?? [];
  const readOnly = editor.locked && !isWordingPath(path);
  const errorId = messageIdOf(path);
  return {
    id,
    value: getAt(editor.definition, path),
    messages,
    errorId,
    readOnly,
    inputProps: {
      id,
      'aria-invalid': messages.length > 0 ? true : undefined,
      'aria-describedby': joinIds(hintId, messages.length > 0 && errorId, readOnly && LOCKED_NOTE_ID),
    },
    set: (value: unknown) => editor.change((definition) => setAt(definition, path, value)),
  };
}
