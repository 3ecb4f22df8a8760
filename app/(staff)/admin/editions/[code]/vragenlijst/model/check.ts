import { checkDefinition } from '@/lib/questionnaire/definition-problems';
import { describePath } from '@/lib/questionnaire/definition-paths';
import type { Definition } from '@/lib/questionnaire/definition';

/** A problem as the editor shows it: at its field (by path) and, in the summary, where that is in words. */
export type EditorProblem = { path: string; where: string; message: string };

export type DraftCheck = { ok: true; definition: Definition } | { ok: false; problems: EditorProblem[] };

/**
 * The loader's schema on the definition being edited, in the browser, as the
 * server will check it on saving (lib/editions/update-definition.ts).
 */
export function checkDraft(draft: unknown): DraftCheck {
  const checked = checkDefinition(draft);
  if (checked.ok) return checked;
  return { ok: false, problems: checked.problems.map((p) => ({ ...p, where: describePath(draft, p.path) })) };
}
