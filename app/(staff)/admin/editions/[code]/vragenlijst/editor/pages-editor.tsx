'use client';

import { useTranslations } from 'next-intl';
import { fieldIdOf } from '@/lib/questionnaire/types/editing/model/field-ids';
import { appendItem, newPage } from '@/lib/questionnaire/types/editing/model/items';
import { useEditor } from '@/lib/questionnaire/types/editing/editor-context';
import { FieldMessages } from '@/lib/questionnaire/types/editing/field-messages';
import { actionIds } from '@/lib/questionnaire/types/editing/item-actions';
import { PageEditor } from './page-editor';

/** The questionnaire's pages, in order, and a new one at the end. */
export function PagesEditor() {
  const t = useTranslations('editor');
  const { definition, locked, change } = useEditor();
  const pagesPath = ['pages'];
  const firstPositions = definition.pages.map((_, p) => definition.pages.slice(0, p).reduce((sum, page) => sum + page.questions.length, 0));
  const add = () => {
    const page = newPage(definition);
    change((d) => appendItem(d, pagesPath, page), {
      focusId: fieldIdOf(['pages', definition.pages.length, 'title']),
      announce: t('announce.added', { item: t('named.page', { code: page.code }) }),
    });
  };
  return (
    <>
      <div id={fieldIdOf(pagesPath)} tabIndex={-1}>
        <FieldMessages path={pagesPath} />
        {definition.pages.map((_, index) => (
          <PageEditor key={index} index={index} count={definition.pages.length} firstPosition={firstPositions[index]} />
        ))}
      </div>
      {!locked && (
        <p>
          <button type="button" className="secondary" id={actionIds.add(pagesPath)} onClick={add}>
            {t('actions.addPage')}
          </button>
        </p>
      )}
    </>
  );
}
