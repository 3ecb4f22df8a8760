import { auditActions, isAuditAction, type AuditAction } from './actions';
import { auditQueryMessage } from './messages';

const AUDIT_PAGE_SIZE = 50;
export const MAX_AUDIT_LIMIT = 200;
/** An e-mail address (254) or "api-key:" with a key name (100) fits with room to spare. */
const MAX_ACTOR_LENGTH = 320;

export type AuditQuery = { action?: AuditAction; actor?: string; before?: number; after?: number; limit: number };
export type AuditQueryResult = { ok: true; query: AuditQuery } | { ok: false; errors: string[] };

/**
 * The same query in two vocabularies: the JSON API's English names, strict
 * about unknown parameters like the results API; and the page's Dutch URL
 * (?actie=…&persoon=…&voor=…), with a fixed page size and tolerant of other
 * parameters, as pages are.
 */
const vocabularies = {
  api: { names: { action: 'action', actor: 'actor', before: 'before', after: null, limit: 'limit' }, strict: true },
  page: { names: { action: 'actie', actor: 'persoon', before: 'voor', after: 'na', limit: null }, strict: false },
} as const;

const positiveId = /^[1-9][0-9]{0,14}$/;

export function parseAuditQuery(params: URLSearchParams, vocabulary: keyof typeof vocabularies): AuditQueryResult {
  const { names, strict } = vocabularies[vocabulary];
  const known = Object.values(names).filter((n): n is NonNullable<typeof n> => n !== null);
  const errors: string[] = [];

  if (strict) {
    const unknown = [...new Set(params.keys())].filter((key) => !(known as string[]).includes(key));
    if (unknown.length > 0) errors.push(auditQueryMessage('unknownParameter', { names: unknown.join(', '), parameters: known.join(', ') }));
  }
  /** A parameter's one value; an empty one counts as absent, as an empty filter in a GET form is. */
  const value = (name: string | null): string | undefined => {
    if (name === null) return undefined;
    const values = params.getAll(name);
    if (values.length > 1) errors.push(auditQueryMessage('repeated', { name }));
    return values[0] || undefined;
  };
  const cursor = (name: string | null): number | undefined => {
    const raw = value(name);
    if (raw === undefined) return undefined;
    if (!positiveId.test(raw)) errors.push(auditQueryMessage('cursor', { name: name! }));
    return Number(raw);
  };

  const query: AuditQuery = { limit: AUDIT_PAGE_SIZE };
  const action = value(names.action);
  if (action !== undefined) {
    if (isAuditAction(action)) query.action = action;
    else errors.push(auditQueryMessage('unknownAction', { value: action.slice(0, 60), actions: auditActions.join(', ') }));
  }
  const actor = value(names.actor);
  if (actor !== undefined) {
    if (actor.length > MAX_ACTOR_LENGTH) errors.push(auditQueryMessage('actorTooLong', { name: names.actor, max: MAX_ACTOR_LENGTH }));
    else query.actor = actor;
  }
  const before = cursor(names.before);
  if (before !== undefined) query.before = before;
  const after = cursor(names.after);
  if (after !== undefined) query.after = after;
  if (before !== undefined && after !== undefined)
    errors.push(auditQueryMessage('bothDirections', { before: names.before, after: names.after! }));
  const limit = value(names.limit);
  if (limit !== undefined) {
    const n = /^[0-9]{1,4}$/.test(limit) ? Number(limit) : NaN;
    if (n >= 1 && n <= MAX_AUDIT_LIMIT) query.limit = n;
    else errors.push(auditQueryMessage('limit', { name: names.limit!, max: MAX_AUDIT_LIMIT }));
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, query };
}
