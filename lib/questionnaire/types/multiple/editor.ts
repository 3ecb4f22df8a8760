import { newOptions } from '@/lib/questionnaire/types/editing/model/items';
import { choiceParts } from '../choice/editor';
import { withoutUndefined } from '../without-undefined';
import type { TypeEditor } from '../surfaces';
import type { MultipleChoiceQuestion } from './type';

const multipleEditor: TypeEditor<MultipleChoiceQuestion> = {
  fresh(common, previous) {
    const { options, ...rest } = choiceParts(previous);
    return withoutUndefined({ ...common, ...rest, type: 'multiple', options: options ?? newOptions(2) });
  },
  renameReferences: (question) => question,
};

export default multipleEditor;
