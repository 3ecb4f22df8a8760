import type { Answers } from '@/lib/questionnaire/visibility';
import type { CurrentResponse } from '@/lib/responses/queries';

export type SaveOutcome =
  | { kind: 'saved'; response: CurrentResponse }
  | { kind: 'invalid'; errors: { question: string; message: string }[] }
  | { kind: 'stale'; response: CurrentResponse }
  | { kind: 'closed' }
  | { kind: 'failed' };

/** PUT /api/v1/responses/{token}: the same endpoint and rules as any other client (docs/api.md). */
export async function putAnswers(
  token: string,
  body: { answers: Answers; submit: boolean; version: number },
  { keepalive = false }: { keepalive?: boolean } = {},
): Promise<SaveOutcome> {
  try {
    const res = await fetch(`/api/v1/responses/${encodeURIComponent(token)}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      keepalive,
    });
    const data = await res.json().catch(() => ({}));
    if (res.ok) return { kind: 'saved', response: data.response };
    if (res.status === 422) return { kind: 'invalid', errors: data.errors ?? [] };
    if (res.status === 409 && data.reason === 'stale') return { kind: 'stale', response: data.response };
    if (res.status === 409) return { kind: 'closed' };
    return { kind: 'failed' };
  } catch {
    return { kind: 'failed' };
  }
}
