import type { TextQuestion } from './type';
import type { Answers } from '@/lib/questionnaire/visibility';

/** The library's text, or room to write one. */
function TextAnswer({ question, answers }: { question: TextQuestion; answers: Answers | null }) {
  const text = answers?.[question.code];
  if (typeof text === 'string' && text !== '') return <div className="write-area written">{text}</div>;
  return <div className="write-area" aria-hidden="true" />;
}

export default TextAnswer;
