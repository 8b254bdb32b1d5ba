import type { z } from 'zod';
import { ProcedureContent, ProcedureVersionKey } from './procedure-content.ts';
import { addRuleIssues } from './rule-result.ts';
import { validateProcedure } from './rules.ts';

/** One version of a procedure (DESIGN §2, §4), checked against the rules of rules.ts. */
export const Procedure = ProcedureContent.extend(ProcedureVersionKey.shape).superRefine((p, ctx) =>
  addRuleIssues(ctx, validateProcedure(p)),
);
export type Procedure = z.infer<typeof Procedure>;
