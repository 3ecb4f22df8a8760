import type { EditorSaveState } from '../save-state';

type SaveAction = (state: unknown, form: FormData) => Promise<EditorSaveState>;

/** Calls the save action with the definition as JSON text and the version it started from; a failed request becomes a refusal without problems. */
export async function sendDefinition(action: SaveAction, code: string, version: string, json: string): Promise<EditorSaveState> {
  const form = new FormData();
  form.set('code', code);
  form.set('version', version);
  form.set('definition', json);
  try {
    const result = await action(null, form);
    if (result.ok || result.problems || result.message) return result;
    // staffAction's own refusal (input too large): its messages per input.
    return {
      ok: false,
      message:
        Object.values(result.errors ?? {})
          .flat()
          .join(' ') || undefined,
    };
  } catch {
    return { ok: false };
  }
}
