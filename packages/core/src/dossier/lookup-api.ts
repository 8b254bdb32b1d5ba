import { z } from 'zod';
import type { WorkingClock } from '../calendar/working-time.ts';
import type { ApplicantView } from './applicant.ts';
import { DossierCode, LookupSecret } from './dossier-code.ts';
import type { DossierState } from './dossier-state.ts';
import type { DossierEventDraft } from './events.ts';
import { phoneLast4 } from './identity.ts';
import { IsoInstant, isoOf } from './instant.ts';
import { publicApplicantName } from './masking.ts';
import { DossierStatus } from './status.ts';
import { TimelineEntry, timelineOf } from './timeline.ts';
import { stepSchedule } from './timeliness.ts';

/**
 * `GET /api/v1/lookup?code=…&secret=…` (DESIGN §11, public, rate-limited): the code with the secret
 * printed on the receipt, or with the last 4 digits of the applicant's phone (DESIGN §10).
 */
export const LookupQuery = z
  .object({
    code: DossierCode,
    secret: LookupSecret.optional(),
    phoneLast4: z
      .string()
      .trim()
      .regex(/^\d{4}$/, 'dossier.invalid_phone_last4')
      .optional(),
  })
  .refine((q) => q.secret !== undefined || q.phoneLast4 !== undefined, {
    message: 'dossier.lookup_key_required',
    path: ['secret'],
  });
export type LookupQuery = z.infer<typeof LookupQuery>;

/** Whether the phone digits of a look-up match the applicant's phone (the secret is compared by its hash on the server). */
export function phoneMatches(applicant: ApplicantView, last4: string): boolean {
  return phoneLast4(applicant.phone) === last4;
}

/** What the public sees: status, each step's expected moment, the timeline; personal data masked. */
export const PublicLookup = z.object({
  code: z.string(),
  procedure: z.object({ code: z.string(), name: z.string() }),
  agency: z.object({ name: z.string() }),
  applicantName: z.string(),
  status: DossierStatus,
  submittedAt: IsoInstant.nullable(),
  receivedAt: IsoInstant.nullable(),
  dueAt: IsoInstant.nullable(),
  /** The new date of an apology (form 04), when one was sent. */
  apologyDueAt: IsoInstant.nullable(),
  resolvedAt: IsoInstant.nullable(),
  returnedAt: IsoInstant.nullable(),
  steps: z.array(
    z.object({ name: z.string(), expectedAt: IsoInstant.nullable(), done: z.boolean(), current: z.boolean() }),
  ),
  timeline: z.array(TimelineEntry),
});
export type PublicLookup = z.infer<typeof PublicLookup>;

export function buildPublicLookup(
  clock: WorkingClock,
  input: {
    state: DossierState;
    events: readonly DossierEventDraft[];
    code: string;
    procedureName: string;
    agencyName: string;
    applicant: ApplicantView;
  },
): PublicLookup {
  const { state } = input;
  return {
    code: input.code,
    procedure: { code: state.procedure.code, name: input.procedureName },
    agency: { name: input.agencyName },
    applicantName: publicApplicantName(input.applicant),
    status: state.status,
    submittedAt: isoOf(state.submittedAt),
    receivedAt: isoOf(state.receivedAt),
    dueAt: isoOf(state.dueAt),
    apologyDueAt: isoOf(state.apology?.newDueAt ?? null),
    resolvedAt: isoOf(state.resolution?.at ?? null),
    returnedAt: isoOf(state.returnedAt),
    steps: stepSchedule(clock, state).map((s) => ({
      name: s.name,
      expectedAt: isoOf(s.expectedAt),
      done: s.done,
      current: s.current,
    })),
    timeline: timelineOf(input.events, 'public'),
  };
}
