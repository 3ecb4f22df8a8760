import type { TypeEditor } from '../surfaces';
import { withoutUndefined } from '../without-undefined';
import type { ScaleQuestion } from './type';

const scaleEditor: TypeEditor<ScaleQuestion> = {
  // Five points, the ends to be worded: the schema asks for them where they are empty.
  fresh: (common) => withoutUndefined({ ...common, type: 'scale', points: 5, lowLabel: '', highLabel: '' }),
  renameReferences: (question) => question,
};

export default scaleEditor;
