import { z } from 'zod';
import type { ProblemEntry } from './problem-entry.ts';
import { GENERAL_PROBLEMS } from './general-problems.ts';
import { AUTH_PROBLEMS } from './auth/auth-problems.ts';
import { CALENDAR_PROBLEMS } from './calendar/calendar-problems.ts';
import { CATALOG_PROBLEMS } from './catalog/catalog-problems.ts';
import { DOSSIER_PROBLEMS } from './dossier/dossier-problems.ts';
import { RATING_PROBLEMS } from './rating/rating-problems.ts';
import { COUNTER_PROBLEMS } from './counter/counter-problems.ts';
import { DOCUMENT_PROBLEMS } from './document/document-problems.ts';
import { DELEGATION_PROBLEMS } from './delegation/delegation-problems.ts';
import { ORG_PROBLEMS } from './org/org-problems.ts';
import { OFFICER_PROBLEMS } from './org/officer-problems.ts';
import { ACCOUNT_PROBLEMS } from './account/account-problems.ts';
import { ONLINE_PROBLEMS } from './online/online-problems.ts';
import { REPORT_EXPORT_PROBLEMS, REPORT_PROBLEMS } from './report/report-problems.ts';

/**
 * The one registry of error codes (STYLE.md "Errors"). Each becomes RFC 9457 problem+json with
 * `type: urn:motcua:problem:<code>`. Codes are stable: clients match on them. Each area lists its
 * codes in its `<area>-problems.ts`; this registry gathers them, and no area imports it (the core's
 * import graph stays a tree, issue 12).
 */
export const PROBLEMS = {
  ...GENERAL_PROBLEMS,
  ...AUTH_PROBLEMS,
  ...CALENDAR_PROBLEMS,
  ...CATALOG_PROBLEMS,
  ...REPORT_PROBLEMS,
  ...DOSSIER_PROBLEMS,
  ...RATING_PROBLEMS,
  ...COUNTER_PROBLEMS,
  ...DOCUMENT_PROBLEMS,
  ...DELEGATION_PROBLEMS,
  ...REPORT_EXPORT_PROBLEMS,
  ...ORG_PROBLEMS,
  ...OFFICER_PROBLEMS,
  ...ACCOUNT_PROBLEMS,
  ...ONLINE_PROBLEMS,
} as const satisfies Record<string, ProblemEntry>;

export type ProblemCode = keyof typeof PROBLEMS;

export const PROBLEM_TYPE_PREFIX = 'urn:motcua:problem:';

export const FieldError = z.object({ path: z.string(), message: z.string() });
export type FieldError = z.infer<typeof FieldError>;

/** RFC 9457 problem details as motcua sends them; the web client parses with the same schema. */
export const Problem = z.object({
  type: z.string(),
  status: z.number().int(),
  title: z.string(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  requestId: z.string().optional(),
  errors: z.array(FieldError).optional(),
});
export type Problem = z.infer<typeof Problem>;

export function problemCodeOf(type: string): ProblemCode | null {
  const code = type.startsWith(PROBLEM_TYPE_PREFIX) ? type.slice(PROBLEM_TYPE_PREFIX.length) : '';
  return code in PROBLEMS ? (code as ProblemCode) : null;
}
