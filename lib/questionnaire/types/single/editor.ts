import { newOptions } from '@/lib/questionnaire/types/editing/model/items';
import { choiceParts } from '../choice/editor';
import { withoutUndefined } from '../without-undefined';
import type { TypeEditor } from '../surfaces';
import type { SingleChoiceQuestion } from './type';

const singleEditor: TypeEditor<SingleChoiceQuestion> = {
  fresh(common, previous) {
    const { options, ...rest } = choiceParts(previous);
    // "Excludes the others" means nothing when only one option can be picked.
    const kept = options?.map((option) => withoutUndefined({ ...option, exclusive: undefined }));
    return withoutUndefined({ ...common, ...rest, type: 'single', options: kept ?? newOptions(2) });
  },
  renameReferences: (question) => question,
};

export default singleEditor;
