import { z } from 'zod';
import { AgencyRef } from '../auth/auth-api.ts';
import { WorkingLimit } from '../calendar/deadline.ts';
import { pageOf, PageQuery } from '../paging.ts';
import { OnlineLevel, ProcedureLevel } from './enums.ts';
import { AgencySlug, FieldCode, ProcedureCode } from './procedure-content.ts';

/**
 * `GET /api/v1/procedures` (DESIGN §11, public): the procedures in force, searched without
 * diacritics and with typos tolerated (`q` is folded by `foldText` on the server).
 */
export const ProcedureSearchQuery = PageQuery.extend({
  q: z.string().trim().max(200, 'validation.too_long').optional(),
  agency: AgencySlug.optional(),
  field: FieldCode.optional(),
  level: ProcedureLevel.optional(),
  onlineLevel: OnlineLevel.optional(),
});
export type ProcedureSearchQuery = z.infer<typeof ProcedureSearchQuery>;

export const FieldRef = z.object({ code: z.string(), name: z.string() });
export type FieldRef = z.infer<typeof FieldRef>;

/** One row of the list: the stable contract of DESIGN §11, nothing more. */
export const ProcedureListItem = z.object({
  code: ProcedureCode,
  name: z.string(),
  agency: AgencyRef,
  field: FieldRef,
  timeLimit: WorkingLimit,
  onlineLevel: OnlineLevel,
});
export type ProcedureListItem = z.infer<typeof ProcedureListItem>;

/** `total` counts every procedure in force that matches, not only this page. */
export const ProcedureList = pageOf(ProcedureListItem);
export type ProcedureList = z.infer<typeof ProcedureList>;
