import type { getTranslations } from 'next-intl/server';
import { isAuditAction } from '@/lib/audit/actions';
import { CLI_ACTOR } from '@/lib/audit/record';

type T = Awaited<ReturnType<typeof getTranslations<'audit'>>>;

export function actorName(label: string, t: T): string {
  return label === CLI_ACTOR.label ? t('cli') : label;
}

/** An action in Dutch words; a name this version does not know is shown as stored. */
export function actionName(action: string, t: T): string {
  return isAuditAction(action) ? t(`actions.${action}`) : action;
}

/** "user:3" -> "Account 3"; an unknown kind is shown as stored. */
export function targetName(target: string | null, t: T): string {
  if (!target) return '–';
  const split = target.indexOf(':');
  const kind = split > 0 ? target.slice(0, split) : '';
  return kind && t.has(`targets.${kind}`) ? t(`targets.${kind}`, { id: target.slice(split + 1) }) : target;
}
