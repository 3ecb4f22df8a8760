import { getFormatter, getTranslations } from 'next-intl/server';
import { isStaffRole } from '@/lib/auth/roles';

type Change = { path: string; from?: unknown; to?: unknown };

function isChangeList(value: unknown): value is Change[] {
  return Array.isArray(value) && value.every((c) => typeof c === 'object' && c !== null && typeof (c as Change).path === 'string');
}

const isoMoment = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * An entry's details, readable: a definition's difference list
 * (`changes: [{path, from, to}]`) as "was … wordt …" lines, anything else as
 * labelled values. Details are written by many actions, so nothing here
 * assumes more than plain JSON.
 */
export async function AuditDetails({ details }: { details: Record<string, unknown> | null }) {
  if (!details || Object.keys(details).length === 0) return <>–</>;
  const t = await getTranslations('audit');
  const format = await getFormatter();

  const value = (v: unknown): string => {
    if (v === null || v === undefined || v === '') return t('empty');
    if (typeof v === 'boolean') return v ? t('yes') : t('no');
    if (typeof v === 'string') {
      if (isStaffRole(v)) return t(`roles.${v}`);
      if (isoMoment.test(v) && !Number.isNaN(Date.parse(v)))
        return format.dateTime(new Date(v), { dateStyle: 'medium', timeStyle: 'short' });
      return v;
    }
    if (Array.isArray(v) && v.every((item) => typeof item !== 'object' || item === null)) return v.map(value).join(', ');
    return typeof v === 'object' ? JSON.stringify(v) : String(v);
  };
  const label = (key: string) => (t.has(`details.${key}`) ? t(`details.${key}`) : key);

  const { changes, ...rest } = details;
  const others = Object.entries(isChangeList(changes) ? rest : details);
  return (
    <>
      {others.length > 0 && (
        <dl className="audit-details">
          {others.map(([key, v]) => (
            <div key={key}>
              <dt>{label(key)}</dt>
              <dd>{value(v)}</dd>
            </div>
          ))}
        </dl>
      )}
      {isChangeList(changes) && (
        <ul className="audit-changes" aria-label={t('details.changes')}>
          {changes.map((change, i) => (
            <li key={i}>
              {t.rich('details.change', {
                path: change.path,
                from: value(change.from),
                to: value(change.to),
                code: (chunks) => <code>{chunks}</code>,
                old: (chunks) => <del>{chunks}</del>,
                new: (chunks) => <ins>{chunks}</ins>,
              })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
