/**
 * Every kind of audit entry, in one list so the audit-log page can offer them
 * as a filter and a typo in an action name is a type error. Later issues add
 * more here.
 */
export const auditActions = [
  'user.created',
  'user.role_changed',
  'user.disabled',
  'user.enabled',
  'user.password_reset',
  'api_key.created',
  'api_key.revoked',
  'edition.created',
  'edition.dates_changed',
  'edition.opened',
  'edition.closed',
  'edition.definition_changed',
  'library.created',
  'library.updated',
  'library.deactivated',
  'library.reactivated',
  'libraries.imported',
  'invitations.created',
  'invitation.link_shown',
  'invitation.link_replaced',
  'mailing.started',
  'mailing.planned',
  'mailing.plan_cancelled',
  'library.email_bouncing',
  'mail_template.changed',
  'mail_template.test_sent',
  'export.downloaded',
] as const;

export type AuditAction = (typeof auditActions)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (auditActions as readonly string[]).includes(value);
}
