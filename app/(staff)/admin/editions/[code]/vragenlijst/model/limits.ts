/** The most a definition sent from the editor may hold, as the JSON upload (characters of its JSON text). */
export const MAX_DEFINITION_CHARS = 256 * 1024;
