import { getTranslations } from 'next-intl/server';
import { auditActions, type AuditAction } from '@/lib/audit/actions';
import { actorName } from './audit-text';

/**
 * A plain GET form, as on the results page: the filter lives in the URL
 * (?actie=…&persoon=…), so a filtered log can be bookmarked and shared.
 */
export async function AuditFilterForm({
  action,
  actors,
  selected,
}: {
  action: string;
  actors: string[];
  selected: { action?: AuditAction; actor?: string };
}) {
  const t = await getTranslations('audit');
  // A person named in the URL stays selectable even when the log has no entry by them.
  const people = selected.actor && !actors.includes(selected.actor) ? [...actors, selected.actor] : actors;
  return (
    <form method="get" action={action} className="card audit-filter">
      <fieldset>
        <legend>{t('filter.legend')}</legend>
        <div>
          <label htmlFor="filter-action">{t('filter.action')}</label>
          <select id="filter-action" name="actie" defaultValue={selected.action ?? ''}>
            <option value="">{t('filter.allActions')}</option>
            {auditActions.map((name) => (
              <option key={name} value={name}>
                {t(`actions.${name}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-actor">{t('filter.actor')}</label>
          <select id="filter-actor" name="persoon" defaultValue={selected.actor ?? ''}>
            <option value="">{t('filter.allActors')}</option>
            {people.map((label) => (
              <option key={label} value={label}>
                {actorName(label, t)}
              </option>
            ))}
          </select>
        </div>
        <div className="audit-filter-actions">
          <button type="submit">{t('filter.apply')}</button>
          <a className="button secondary" href={action}>
            {t('filter.reset')}
          </a>
        </div>
      </fieldset>
    </form>
  );
}
