/** A value as it travels in the API and the form: option code(s), number or text. */
export type AnswerValue = string | string[] | number | null;
export type Answers = Record<string, AnswerValue | undefined>;

export function isEmptyAnswer(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0) ||
    (typeof value === 'number' && Number.isNaN(value))
  );
}
