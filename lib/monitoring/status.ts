/**
 * Where a library stands in an edition's collection, in the order a library
 * moves through them. `opened`: its link was visited but nothing was saved;
 * `started`: answers saved, not sent; `submitted`: sent (changes saved after
 * sending leave it submitted, as the results count it).
 */
export const monitoringStatuses = ['not_opened', 'opened', 'started', 'submitted'] as const;
export type MonitoringStatus = (typeof monitoringStatuses)[number];

/**
 * The one definition of the status in SQL, over `invitations i` left-joined
 * to the library's `responses r` for the same edition. Every figure, list and
 * export reads it from here.
 */
export const STATUS_SQL = `case
  when r.status = 'submitted' then 'submitted'
  when r.id notnull then 'started'
  when i.first_opened_at notnull then 'opened'
  else 'not_opened' end`;

/**
 * The invitations an edition's monitoring counts: those of active libraries.
 * A deactivated library is no longer chased (nor invited again), so it is
 * left out of the figures, the list and the export alike.
 */
export const MONITORED_FROM = `invitations i
  join libraries l on l.id = i.library_id and l.deactivated_at isnull
  left join responses r on r.edition_id = i.edition_id and r.library_id = i.library_id`;
