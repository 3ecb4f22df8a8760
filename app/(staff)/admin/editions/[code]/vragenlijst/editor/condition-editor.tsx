'use client';

import { useTranslations } from 'next-intl';
import { choiceOptions, isChoiceQuestion } from '@/lib/questionnaire/definition';
import { fieldIdOf } from '@/lib/questionnaire/types/editing/model/field-ids';
import { setAt, type Path } from '@/lib/questionnaire/types/editing/model/paths';
import { useEditor, useField } from '@/lib/questionnaire/types/editing/editor-context';
import { FieldMessages } from '@/lib/questionnaire/types/editing/field-messages';
import { questionChoiceLabel } from '@/lib/questionnaire/types/editing/question-choice';

/**
 * When the question is shown: always, or after one of the chosen answers to
 * an earlier choice question. A condition that points elsewhere (its
 * question moved below this one) stays selected, and the schema says why it
 * cannot be.
 */
export function ConditionEditor({ path, position }: { path: Path; position: number }) {
  const t = useTranslations('editor');
  const { definition, change } = useEditor();
  const all = definition.pages.flatMap((page) => page.questions);
  const condition = all[position]?.condition;
  const earlier = all.slice(0, position).filter(isChoiceQuestion);
  const conditionPath = [...path, 'condition'];
  const anyOfPath = [...conditionPath, 'anyOf'];
  const select = useField([...conditionPath, 'question']);
  const anyOf = useField(anyOfPath);
  const target = condition && all.find((q) => q.code === condition.question);
  const options = target ? choiceOptions(target) : [];

  const toggle = (code: string, on: boolean) => {
    if (!condition) return;
    const chosen = new Set(condition.anyOf.filter((c) => c !== code));
    if (on) chosen.add(code);
    change((d) =>
      setAt(
        d,
        anyOfPath,
        options.map((o) => o.code).filter((c) => chosen.has(c)),
      ),
    );
  };

  return (
    <fieldset className="editor-condition" id={fieldIdOf(conditionPath)} tabIndex={-1}>
      <legend>{t('fields.condition')}</legend>
      <FieldMessages path={conditionPath} />
      <div className="field">
        <label htmlFor={select.id}>{t('fields.conditionQuestion')}</label>
        <select
          {...select.inputProps}
          value={condition?.question ?? ''}
          disabled={select.readOnly}
          onChange={(e) => change((d) => setAt(d, conditionPath, e.target.value ? { question: e.target.value, anyOf: [] } : undefined))}
        >
          <option value="">{t('fields.noCondition')}</option>
          {earlier.map((q, i) => (
            <option key={i} value={q.code}>
              {questionChoiceLabel(q)}
            </option>
          ))}
          {condition && !earlier.some((q) => q.code === condition.question) && (
            <option value={condition.question}>{t('fields.conditionElsewhere', { code: condition.question })}</option>
          )}
        </select>
        <FieldMessages path={[...conditionPath, 'question']} />
      </div>
      {condition && options.length > 0 && (
        <fieldset className="editor-choices" id={anyOf.id} tabIndex={-1} aria-describedby={anyOf.inputProps['aria-describedby']}>
          <legend>{t('fields.conditionAnyOf', { code: condition.question })}</legend>
          <FieldMessages path={anyOfPath} />
          {options.map((option, i) => (
            <div className="editor-check" key={i}>
              <input
                type="checkbox"
                id={`${anyOf.id}-${i}`}
                checked={condition.anyOf.includes(option.code)}
                disabled={anyOf.readOnly}
                onChange={(e) => toggle(option.code, e.target.checked)}
              />
              <label htmlFor={`${anyOf.id}-${i}`}>{option.label || option.code}</label>
            </div>
          ))}
        </fieldset>
      )}
    </fieldset>
  );
}
