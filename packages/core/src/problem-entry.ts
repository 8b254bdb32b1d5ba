import type { Language } from './language.ts';

/**
 * One code of an area's problem table (`<area>-problems.ts`): the HTTP status and the vi/en title the
 * server answers with. problem.ts gathers the tables into `PROBLEMS`; an area imports only this type.
 */
export type ProblemEntry = { status: number; title: Record<Language, string> };
