import { ChoiceAnswer } from '../choice/printed';
import type { PrintedAnswer } from '../surfaces';
import type { SingleChoiceQuestion } from './type';

/** A circle per option: one is picked. */
const SinglePrinted: PrintedAnswer<SingleChoiceQuestion> = (props) => <ChoiceAnswer {...props} one />;

export default SinglePrinted;
