'use client';

import { useTranslations } from 'next-intl';
import { fieldIdOf } from '@/lib/questionnaire/types/editing/model/field-ids';
import { appendItem, newQuestion } from '@/lib/questionnaire/types/editing/model/items';
import { useEditor } from '@/lib/questionnaire/types/editing/editor-context';
import { FieldMessages } from '@/lib/questionnaire/types/editing/field-messages';
import { actionIds, ItemActions } from '@/lib/questionnaire/types/editing/item-actions';
import { QuestionEditor } from './question-editor';
import { TextSetting } from '@/lib/questionnaire/types/editing/text-setting';

type Props = {
  index: number;
  count: number;
  /** The questionnaire-wide place of the page's first question. */
  firstPosition: number;
};

/** One page: its code and title, and its questions in order. */
export function PageEditor({ index, count, firstPosition }: Props) {
  const t = useTranslations('editor');
  const { definition, locked, change } = useEditor();
  const path = ['pages', index];
  const questionsPath = [...path, 'questions'];
  const page = definition.pages[index];
  const id = fieldIdOf(path);
  const code = page.code || t('noCode');
  const add = () => {
    const question = newQuestion(definition);
    change((d) => appendItem(d, questionsPath, question), {
      focusId: fieldIdOf([...questionsPath, page.questions.length, 'text']),
      announce: t('announce.added', { item: t('named.question', { code: question.code }) }),
    });
  };
  return (
    <section className="card editor-page" aria-labelledby={`${id}-titel`} id={id} tabIndex={-1}>
      <div className="editor-item-head">
        <h2 id={`${id}-titel`}>{t('page', { number: index + 1, code })}</h2>
        <ItemActions kind="page" listPath={['pages']} index={index} count={count} name={t('named.page', { code })} />
      </div>
      <FieldMessages path={path} />
      <div className="editor-row">
        <TextSetting path={[...path, 'code']} label={t('fields.pageCode')} />
        <TextSetting path={[...path, 'title']} label={t('fields.pageTitle')} />
      </div>
      <div id={fieldIdOf(questionsPath)} tabIndex={-1}>
        <FieldMessages path={questionsPath} />
        {page.questions.map((_, q) => (
          <QuestionEditor key={q} pageIndex={index} index={q} count={page.questions.length} position={firstPosition + q} />
        ))}
      </div>
      {!locked && (
        <button type="button" className="secondary" id={actionIds.add(questionsPath)} onClick={add}>
          {t('actions.addQuestion')}
        </button>
      )}
    </section>
  );
}
