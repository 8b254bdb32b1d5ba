import { z } from 'zod';
import { AgencyRef } from '../auth/auth-api.ts';
import { ResolvedTimeliness } from '../calendar/classification.ts';
import { IsoInstant } from '../dossier/instant.ts';
import { DossierStatus } from '../dossier/status.ts';
import { PageQuery, pageOf } from '../paging.ts';
import { ConsultationWarning } from './consultation-timeliness.ts';

/** Awaited (neither answered nor closed), answered, or every consultation the agency was asked. */
export const ConsultationStatusFilter = z.enum(['open', 'answered', 'all']);
export type ConsultationStatusFilter = z.infer<typeof ConsultationStatusFilter>;

/** `GET /api/v1/consultations`: what the caller's agency is consulted on (liên thông, DESIGN §6). */
export const ConsultationListQuery = PageQuery.extend({
  status: ConsultationStatusFilter.default('open'),
  warning: ConsultationWarning.optional(),
});
export type ConsultationListQuery = z.infer<typeof ConsultationListQuery>;

/**
 * One consultation in the consulted agency's inbox: the dossier to open and answer on its page, the lead
 * agency that asks, and the consulted agency's own time (`result`, DESIGN §7 criterion 2). No applicant
 * data: the consulted agency reads the dossier masked (DESIGN §14).
 */
export const ConsultationItem = z.object({
  dossier: z.object({
    id: z.string(),
    code: z.string(),
    status: DossierStatus,
    procedure: z.object({ code: z.string(), name: z.string() }),
  }),
  no: z.int().min(1),
  leadAgency: AgencyRef,
  question: z.string(),
  deadline: IsoInstant,
  openedAt: IsoInstant,
  answeredAt: IsoInstant.nullable(),
  agrees: z.boolean().nullable(),
  opinion: z.string().nullable(),
  /** Closed by the lead after its deadline without an answer. */
  lapsed: z.boolean(),
  /** When the dossier left consultation (consolidated, withdrawn or stopped): nothing is awaited after it. */
  closedAt: IsoInstant.nullable(),
  /** The answer against the consultation's own deadline; a lapse is late; null while awaited. */
  result: ResolvedTimeliness.nullable(),
  warnings: z.array(ConsultationWarning),
});
export type ConsultationItem = z.infer<typeof ConsultationItem>;

export const ConsultationList = pageOf(ConsultationItem);
export type ConsultationList = z.infer<typeof ConsultationList>;
