import { withoutUndefined } from '../without-undefined';
import type { TypeEditor } from '../surfaces';
import type { TextQuestion } from './type';

const textEditor: TypeEditor<TextQuestion> = {
  fresh: (common) => withoutUndefined({ ...common, type: 'text', maxLength: 1000 }),
  renameReferences: (question) => question,
};

export default textEditor;
