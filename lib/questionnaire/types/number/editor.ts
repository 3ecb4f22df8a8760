import { withoutUndefined } from '../without-undefined';
import type { TypeEditor } from '../surfaces';
import type { NumberQuestion } from './type';

const numberEditor: TypeEditor<NumberQuestion> = {
  fresh: (common) => withoutUndefined({ ...common, type: 'number', min: 0, max: 100, integer: true }),
  // The number it may not exceed is named by its code.
  renameReferences: (question, from, to) => (question.atMost === from ? { ...question, atMost: to } : question),
};

export default numberEditor;
