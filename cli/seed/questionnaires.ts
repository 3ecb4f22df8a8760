import fs from 'node:fs';
import path from 'node:path';
import { parseDefinition, type Definition } from '@/lib/questionnaire/definition';

/** The questionnaires the seed stores as editions (the demo's two school years). */
const questionnaireFolder = path.join(process.cwd(), 'cli', 'seed', 'questionnaires');

/** Reads and validates a questionnaire definition file; throws on any problem. */
function loadDefinitionFile(file: string): Definition {
  const text = fs.readFileSync(file, 'utf8');
  try {
    return parseDefinition(JSON.parse(text));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
  }
}

/** Every definition in cli/seed/questionnaires, oldest edition first. */
export function loadBundledDefinitions(folder = questionnaireFolder): Definition[] {
  return fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => loadDefinitionFile(path.join(folder, f)));
}
