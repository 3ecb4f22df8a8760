'use client';

import { useTranslations } from 'next-intl';
import { fieldIdOf } from '@/lib/questionnaire/types/editing/model/field-ids';
import { setQuestionCode } from '../model/references';
import { TypeSettings } from '../types';
import { CheckSetting } from '@/lib/questionnaire/types/editing/check-setting';
import { ConditionEditor } from './condition-editor';
import { useEditor } from '@/lib/questionnaire/types/editing/editor-context';
import { FieldMessages } from '@/lib/questionnaire/types/editing/field-messages';
import { ItemActions } from '@/lib/questionnaire/types/editing/item-actions';
import { TextSetting } from '@/lib/questionnaire/types/editing/text-setting';
import { TypeSelect } from './type-select';

type Props = {
  pageIndex: number;
  index: number;
  count: number;
  /** Its place in the whole questionnaire: a condition can only look back from here. */
  position: number;
};

/** One question: what every question has, then its type's own fields (types/). */
export function QuestionEditor({ pageIndex, index, count, position }: Props) {
  const t = useTranslations('editor');
  const { definition, change } = useEditor();
  const listPath = ['pages', pageIndex, 'questions'];
  const path = [...listPath, index];
  const question = definition.pages[pageIndex].questions[index];
  const id = fieldIdOf(path);
  const code = question.code || t('noCode');
  return (
    <div className="editor-question" role="group" aria-labelledby={`${id}-titel`} id={id} tabIndex={-1}>
      <div className="editor-item-head">
        <h3 id={`${id}-titel`}>{t('question', { number: `${pageIndex + 1}.${index + 1}`, code })}</h3>
        <ItemActions kind="question" listPath={listPath} index={index} count={count} name={t('named.question', { code })} />
      </div>
      <FieldMessages path={path} />
      <div className="editor-row">
        <TextSetting
          path={[...path, 'code']}
          label={t('fields.questionCode')}
          onChange={(value) => change((d) => setQuestionCode(d, path, value ?? ''))}
        />
        <TypeSelect path={path} question={question} />
      </div>
      <TextSetting path={[...path, 'text']} label={t('fields.text')} multiline />
      <TextSetting path={[...path, 'description']} label={t('fields.description')} multiline optional />
      <CheckSetting path={[...path, 'required']} label={t('fields.required')} whenOff={false} />
      <TextSetting path={[...path, 'errorSubject']} label={t('fields.errorSubject')} hint={t('fields.errorSubjectHint')} optional />
      <ConditionEditor path={path} position={position} />
      <TypeSettings path={path} question={question} position={position} />
      <TextSetting path={[...path, 'resultBase']} label={t('fields.resultBase')} hint={t('fields.resultBaseHint')} optional />
    </div>
  );
}
