/** Element ids per question, shared by the fields and the error summary's links. */
export const fieldIds = {
  group: (code: string) => `vraag-${code}`,
  input: (code: string) => `${code}-invoer`,
  option: (code: string, option: string) => `${code}-${option}`,
  optionLabel: (code: string, option: string) => `${code}-${option}-tekst`,
  /** What an option opens right under it: the questions it reveals, the "Anders" text. */
  reveal: (code: string, option: string) => `${code}-${option}-vervolg`,
  /** What the last tick did to the other answers, announced. */
  change: (code: string) => `${code}-wijziging`,
  hint: (code: string) => `${code}-uitleg`,
  error: (code: string) => `${code}-fout`,
  note: (code: string) => `${code}-limiet`,
  keptBack: (code: string) => `${code}-bewaard`,
  count: (code: string) => `${code}-tekens`,
  unit: (code: string) => `${code}-eenheid`,
};

export function describedBy(...ids: (string | false | undefined | null)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}
