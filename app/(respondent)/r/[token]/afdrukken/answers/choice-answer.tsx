import type { ChoiceQuestion } from '@/lib/questionnaire/definition';

/** Every option with a box to tick: a circle where one option is picked, a square where several are. */
export function ChoiceAnswer({ question }: { question: ChoiceQuestion }) {
  return (
    <ul className={`print-options ${question.type}`}>
      {question.options.map((option) => (
        <li key={option.code}>
          <span className={question.type === 'single' ? 'box circle' : 'box'} aria-hidden="true" />
          {option.label}
          {option.other && <span className="write-line" aria-hidden="true" />}
        </li>
      ))}
    </ul>
  );
}
