import { handOversOf, type DossierEventDraft, type HandOverRow } from '@motcua/core';

/** Core's name for the applicant's side of a hand-over (control-sheet.ts): that side signs with the applicant's name. */
const APPLICANT_SIDE = 'Tổ chức, cá nhân';

/** Hand-overs recorded by the receiving side: the result received at the counter, a supplement, an opinion back. */
const RECORDED_BY_RECEIVER: ReadonlySet<string> = new Set([
  'prepare_result',
  'record_supplement',
  'close_consultation',
]);

/** Who signs one side of a hand-over: the applicant, or an officer (unknown: null, signed by hand). */
export type Signer = 'applicant' | { officerId: string | null };

export type SignedHandOver = HandOverRow & { giver: Signer; receiver: Signer };

const side = (label: string, officerId: string | null): Signer =>
  label === APPLICANT_SIDE ? 'applicant' : { officerId };

/**
 * The control sheet's rows (core `handOversOf`, the one decision of what a hand-over is) with who gave and who
 * received: the officer who recorded it, and on the other side the officer who held the dossier before it (the
 * previous event's actor) or took it up after it (the next event's actor); the applicant's side is the applicant.
 * Each row is paired with its event by asking core for that event alone, so no list of event types is repeated here.
 */
export function handOversWithOfficers(
  events: readonly DossierEventDraft[],
  agencyName: string,
  dueAt: number | null,
): SignedHandOver[] {
  const rows = handOversOf(events, agencyName, dueAt);
  const sources = events.flatMap((e, i) => handOversOf([e], agencyName, dueAt).map(() => i));
  return rows.map((row, n) => {
    const i = sources[n];
    const event = i === undefined || events[i]!.at !== row.at ? undefined : events[i];
    if (i === undefined || !event) return { ...row, giver: side(row.from, null), receiver: side(row.to, null) };
    const before = events[i - 1]?.actorId ?? null;
    const after = events[i + 1]?.actorId ?? null;
    const byReceiver = RECORDED_BY_RECEIVER.has(event.type);
    return {
      ...row,
      giver: side(row.from, byReceiver ? before : event.actorId),
      receiver: side(row.to, byReceiver ? event.actorId : after),
    };
  });
}
