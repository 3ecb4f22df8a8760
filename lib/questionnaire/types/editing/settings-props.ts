import type { Question } from '@/lib/questionnaire/definition';
import type { Path } from './model/paths';

/** What a type's fields get: the question, where it is, and its place in the questionnaire (for references back). */
export type SettingsProps<Q extends Question = Question> = { path: Path; question: Q; position: number };
