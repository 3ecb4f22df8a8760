'use client';

import { fieldIdOf, messageIdOf } from './model/field-ids';
import type { Path } from './model/paths';
import { useEditor } from './editor-context';

/** The schema's messages about a field, a list or an item, where it is shown. */
export function FieldMessages({ path }: { path: Path }) {
  const { problems } = useEditor();
  const messages = problems.get(fieldIdOf(path));
  if (!messages?.length) return null;
  return (
    <p className="field-error" id={messageIdOf(path)}>
      {messages.join(' ')}
    </p>
  );
}
