'use client';

import type { Control } from 'react-hook-form';
import type { Question } from '@/lib/questionnaire/definition';
import type { Answers } from '@/lib/questionnaire/visibility';
import type { FormValues } from '@/lib/respondent/form-values';
import { revealTree, type RevealNode } from '@/lib/respondent/reveals';
import { QuestionField } from './question-field';

type Props = {
  questions: Question[];
  visible: Set<string>;
  answers: Answers;
  control: Control<FormValues>;
  readOnly: boolean;
  keptBackNotes: Map<string, string>;
};

/** The shown questions of a page, each conditional one right under the option that reveals it (lib/respondent/reveals.ts). */
export function PageQuestions({ questions, visible, answers, control, readOnly, keptBackNotes }: Props) {
  const render = (node: RevealNode) => (
    <QuestionField
      key={node.question.code}
      question={node.question}
      control={control}
      readOnly={readOnly}
      keptBackNote={keptBackNotes.get(node.question.code)}
      revealed={
        node.revealing.size > 0
          ? { options: node.revealing, shown: new Map([...node.revealed].map(([option, nodes]) => [option, nodes.map(render)])) }
          : undefined
      }
    />
  );
  return <>{revealTree(questions, visible, answers).map(render)}</>;
}
