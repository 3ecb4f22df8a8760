import { choiceFocusTarget } from '../choice/focus-target';
import { ChoiceField } from '../choice/choice-field';
import type { FieldKind } from '../surfaces';
import type { SingleChoiceQuestion } from './type';

/** Radio buttons. */
const singleField: FieldKind<SingleChoiceQuestion> = {
  render: (props) => <ChoiceField {...props} multiple={false} />,
  focusTargetId: choiceFocusTarget,
};

export default singleField;
