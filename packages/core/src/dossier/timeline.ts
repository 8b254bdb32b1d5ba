import { z } from 'zod';
import { SupplementItem } from './commands.ts';
import type { DossierEventDraft } from './events.ts';
import { DossierEventType } from './events.ts';
import { IsoInstant, isoOf } from './instant.ts';
import { DossierStatus } from './status.ts';

/**
 * One row of a dossier's history, read from its events: the citizen's timeline, the agency's, and the
 * control sheet's hand-overs (DESIGN §6). `actor` is null on the public look-up.
 */
export const TimelineEntry = z.object({
  at: IsoInstant,
  transition: DossierEventType,
  fromStatus: DossierStatus.nullable(),
  toStatus: DossierStatus,
  actor: z.object({ id: z.string(), fullName: z.string() }).nullable(),
  /** The items a supplement request asks for (form 02). */
  items: z.array(SupplementItem),
  /** Reasons of a rejection, a refusal, a withdrawal or a stop (with its legal ground). */
  reasons: z.array(z.string()),
  /** The due moment the event set: at reception, after a supplement, or an apology's new date. */
  dueAt: IsoInstant.nullable(),
  note: z.string().nullable(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export type TimelineAudience = 'agency' | 'public';

/** Events a citizen does not see: internal hand-overs, the partner agencies' opinions, the counter's reissue of a secret. */
const INTERNAL = new Set<string>(['reassign', 'record_opinion', 'reissue_secret']);

function details(
  event: DossierEventDraft,
  audience: TimelineAudience,
): Pick<TimelineEntry, 'items' | 'reasons' | 'dueAt' | 'note'> {
  const none = { items: [], reasons: [], dueAt: null, note: null };
  switch (event.type) {
    case 'request_supplement_at_intake':
    case 'request_supplement':
      return { ...none, items: event.payload.items, note: event.payload.note };
    case 'reject_at_intake':
    case 'refuse':
      return { ...none, reasons: event.payload.reasons };
    case 'withdraw':
      return { ...none, reasons: [event.payload.reason] };
    case 'stop':
      return { ...none, reasons: [event.payload.reason, event.payload.legalGround] };
    case 'receive':
    case 'record_supplement':
      return { ...none, dueAt: isoOf(event.payload.dueAt) };
    case 'apologise':
      return { ...none, dueAt: isoOf(event.payload.newDueAt), reasons: [event.payload.reason] };
    case 'send_back':
      return audience === 'agency' ? { ...none, reasons: [event.payload.reason] } : none;
    case 'propose_approval':
      return audience === 'agency' ? { ...none, note: event.payload.summary } : none;
    default:
      return none;
  }
}

/**
 * The timeline of a dossier. For the public, internal events and officers' names are left out, and
 * so is the draft a citizen kept before sending. `names` maps actor ids to full names (agency view).
 */
export function timelineOf(
  events: readonly DossierEventDraft[],
  audience: TimelineAudience,
  names: ReadonlyMap<string, string> = new Map(),
): TimelineEntry[] {
  const shown = audience === 'public' ? events.filter((e) => !INTERNAL.has(e.type) && e.toStatus !== 'draft') : events;
  return shown.map((event) => ({
    at: isoOf(event.at),
    transition: event.type,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    actor: audience === 'public' ? null : { id: event.actorId, fullName: names.get(event.actorId) ?? '' },
    ...details(event, audience),
  }));
}
