/** Room to write a text. */
export function TextAnswer() {
  return <div className="write-area" aria-hidden="true" />;
}
