/** The printable version of a link's questionnaire: with its answers, or empty (`?leeg=1`). */
export function printPath(token: string, version: 'answers' | 'empty'): string {
  return `/r/${token}/afdrukken${version === 'empty' ? '?leeg=1' : ''}`;
}
