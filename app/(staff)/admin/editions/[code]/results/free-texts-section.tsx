import { getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { hasRole } from '@/lib/auth/roles';
import { getSessionUser } from '@/lib/auth/session';
import type { QuestionResult } from '@/lib/results/aggregate';
import { parseResultFilters } from '@/lib/results/filters';
import { FREE_TEXTS_ON_RESULTS_PAGE, listFreeTextsForCode } from '@/lib/results/free-texts';
import { FreeTextItems } from './free-text-items';

// One session read per page, however many questions have free texts.
const currentUser = cache(getSessionUser);

/**
 * A question's free texts on the results page, for admins only: a text can
 * give its library away, which the figures never do, so coordinators (who
 * read the results) do not get them; admins may export every answer per
 * library anyway. Decided here, where the texts are read, so the section
 * cannot show them to anyone else wherever it is placed. The first few, then
 * a link to all of them. Not printed: a printed results page is for sharing.
 *
 * Reading them is not written to the audit log: the log records changes and
 * data that leaves the application (an export, a link shown); this is reading
 * on screen what an admin's export holds in full.
 */
export async function FreeTextsSection({ question, editionCode, query }: { question: QuestionResult; editionCode: string; query: string }) {
  const user = await currentUser();
  if (!user || !hasRole(user.role, 'admin')) return null;
  const parsed = parseResultFilters(new URLSearchParams(query));
  if (!parsed.ok) return null;
  const list = await listFreeTextsForCode({
    db: getDb(),
    code: editionCode,
    questionCode: question.code,
    filters: parsed.filters,
    limit: FREE_TEXTS_ON_RESULTS_PAGE,
  });
  if (!list || list.suppressed) return null;

  const t = await getTranslations('freeTexts');
  const headingId = `free-texts-${question.code}`;
  const href = `/admin/editions/${encodeURIComponent(editionCode)}/results/${encodeURIComponent(question.code)}/teksten${query}`;
  return (
    <section className="results-free-texts no-print" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {list.option ? t('headingOption', { option: list.option.label, count: list.total }) : t('heading', { count: list.total })}
      </h3>
      <p className="hint">{t('adminsOnly')}</p>
      {list.total === 0 ? <p>{t('none')}</p> : <FreeTextItems texts={list.texts} />}
      {list.total > list.texts.length && (
        <p>
          <a href={href}>{t('showAll', { count: list.total })}</a>
        </p>
      )}
    </section>
  );
}
