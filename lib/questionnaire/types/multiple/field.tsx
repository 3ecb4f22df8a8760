import { choiceFocusTarget } from '../choice/focus-target';
import { ChoiceField } from '../choice/choice-field';
import type { FieldKind } from '../surfaces';
import type { MultipleChoiceQuestion } from './type';

/** Check boxes, with the most that may be ticked said beside them. */
const multipleField: FieldKind<MultipleChoiceQuestion> = {
  render: (props) => <ChoiceField {...props} multiple max={props.question.maxChoices} />,
  focusTargetId: choiceFocusTarget,
};

export default multipleField;
