import { z } from 'zod';
import type { Instant } from '../calendar/local-date.ts';
import { TransitionName, type PayloadOf } from './commands.ts';
import type { DossierChannel, FormSetId, ProcedureSnapshot } from './dossier-state.ts';
import { DossierStatus } from './status.ts';

/** The first event of every dossier: recorded at the counter (→ submitted) or drafted online (→ draft). */
export type OpenPayload = {
  agencyId: string;
  ownerId: string | null;
  /** The center that received it (DESIGN §13); absent in events recorded before centers routed dossiers. */
  receivedCenterId?: string;
  channel: DossierChannel;
  procedure: ProcedureSnapshot;
  formSet: FormSetId;
};

/**
 * What an event stores beyond its command's payload: what the rules decided (the due moment, the
 * assignee, …), so that `replay` rebuilds the state without the calendar, and the record shows the
 * due moment as it was computed then.
 */
type Decided = {
  receive: { dueAt: Instant; formSet: FormSetId };
  start_appraisal: { assigneeId: string };
  request_supplement: { round: number };
  record_supplement: { dueAt: Instant };
  open_consultation: { consultations: { no: number; agencyId: string; question: string; deadline: Instant }[] };
  close_consultation: { lapsed: number[] };
  send_back: { assigneeId: string | null };
  apologise: { late: boolean; previousDueAt: Instant };
};

export type DossierEventType = 'open' | TransitionName;
export const DossierEventType = z.enum(['open', ...TransitionName.options]);

export type DossierEventPayloadOf<T extends DossierEventType> = T extends 'open'
  ? OpenPayload
  : T extends keyof Decided
    ? Omit<PayloadOf<T>, keyof Decided[T]> & Decided[T]
    : T extends TransitionName
      ? PayloadOf<T>
      : never;

type EventOf<T extends DossierEventType> = {
  type: T;
  /** Null for the `open` event. */
  fromStatus: DossierStatus | null;
  toStatus: DossierStatus;
  at: Instant;
  actorId: string;
  /** The dossier's version after the event: unique per dossier, the order of its events. */
  version: number;
  payload: DossierEventPayloadOf<T>;
};

/** An event as the lifecycle writes it; the server appends it to `dossier_event` (never updated). */
export type DossierEventDraft = { [T in DossierEventType]: EventOf<T> }[DossierEventType];

/** An event as stored and sent: the payload as jsonb, read back as the core wrote it. */
export const DossierEventRecord = z.object({
  type: z.string(),
  fromStatus: DossierStatus.nullable(),
  toStatus: DossierStatus,
  at: z.number().int(),
  actorId: z.string(),
  version: z.int().min(1),
  payload: z.record(z.string(), z.unknown()),
});
export type DossierEventRecord = z.infer<typeof DossierEventRecord>;
