import { ChoiceAnswer } from '../choice/printed';
import type { PrintedAnswer } from '../surfaces';
import type { MultipleChoiceQuestion } from './type';

/** A square per option: several may be ticked. */
const MultiplePrinted: PrintedAnswer<MultipleChoiceQuestion> = (props) => <ChoiceAnswer {...props} one={false} />;

export default MultiplePrinted;
