import { classifyResolution, type ResolvedTimeliness } from '../calendar/classification.ts';
import type { Instant } from '../calendar/local-date.ts';
import { consultationResult } from '../consultation/consultation-timeliness.ts';
import type { DossierEventDraft, DossierEventPayloadOf } from './events.ts';

/** One row of the control sheet (Phiếu kiểm soát, TT 01/2018 mẫu 05, TT 03/2025 mẫu 06): who handed the dossier to whom, when. */
export type HandOverRow = {
  from: string;
  to: string;
  at: Instant;
  result: ResolvedTimeliness | null;
  note: string;
  /** The officers who sign for each side (its "Ký, ghi rõ họ tên"); null where the sheet is signed by hand. */
  giverId: string | null;
  receiverId: string | null;
};

/** Consulted agencies' names by id (the dossier's `consultations[].agencyId`). */
export type AgencyNames = ReadonlyMap<string, { name: string }>;

const ONE_DOOR = 'Bộ phận tiếp nhận và trả kết quả';
/** The applicant's side of a hand-over: it signs with the applicant's name. */
export const APPLICANT_SIDE = 'Tổ chức, cá nhân';
const APPLICANT = APPLICANT_SIDE;
/** A consulted agency whose name the caller did not give. */
const PARTNER = 'Cơ quan phối hợp';
const LAPSED = 'Quá hạn, không có ý kiến';

/** The hand-overs each event type stands for, between the parts of the one-door chain. */
const HAND_OVERS: Partial<Record<DossierEventDraft['type'], (agency: string, oneDoor: string) => [string, string]>> = {
  receive: (agency, oneDoor) => [oneDoor, `${agency} (thẩm định)`],
  request_supplement: (agency) => [`${agency} (thẩm định)`, APPLICANT],
  record_supplement: (agency) => [APPLICANT, `${agency} (thẩm định)`],
  propose_approval: (agency) => [`${agency} (thẩm định)`, `${agency} (lãnh đạo phê duyệt)`],
  send_back: (agency) => [`${agency} (lãnh đạo phê duyệt)`, `${agency} (thẩm định)`],
  prepare_result: (agency, oneDoor) => [agency, oneDoor],
  return_result: (_, oneDoor) => [oneDoor, APPLICANT],
};

/**
 * A dossier received at one center and worked on at another (DESIGN §13): the sheet names both, so the hand-over
 * between them — the branch's one-door desk to the agency, the result back to the branch — reads on paper.
 */
export type RoutedCenters = { received: string; competent: string };

/** The hand-overs between the one-door desk and the agency: the ones that cross centers when the dossier was routed. */
const ACROSS_CENTERS: ReadonlySet<DossierEventDraft['type']> = new Set(['receive', 'prepare_result']);

/**
 * Steps recorded by the side that takes the dossier (the counter records the result it receives, the appraiser the
 * supplement): there the giver is whoever held it before; elsewhere the recorder gives and the next actor receives.
 */
const RECORDED_BY_RECEIVER: ReadonlySet<DossierEventDraft['type']> = new Set(['prepare_result', 'record_supplement']);

/** Who signs a chain hand-over: the recorder, and on the other side the previous or next event's actor. */
function chainSigners(events: readonly DossierEventDraft[], i: number): Pick<HandOverRow, 'giverId' | 'receiverId'> {
  const event = events[i]!;
  if (RECORDED_BY_RECEIVER.has(event.type))
    return { giverId: events[i - 1]?.actorId ?? null, receiverId: event.actorId };
  return { giverId: event.actorId, receiverId: events[i + 1]?.actorId ?? null };
}

type Asked = DossierEventPayloadOf<'open_consultation'>['consultations'][number];

/**
 * Liên thông (DESIGN §6): a row per consultation handed to the consulted agency, and one per answer or
 * lapse handed back, classified against the consultation's own deadline (DESIGN §7 criterion 2).
 */
function consultationRows(
  event: DossierEventDraft,
  asked: Map<number, Asked>,
  lead: string,
  name: (agencyId: string) => string,
  handedResult: ResolvedTimeliness | null,
): HandOverRow[] {
  const back = (c: Asked, answeredAt: Instant | null, note: string): HandOverRow => ({
    from: name(c.agencyId),
    to: lead,
    at: event.at,
    result: consultationResult({ deadline: c.deadline, answeredAt, lapsed: answeredAt === null }),
    note,
    // An answer is signed by its officer; a lapse has nobody on the consulted side, and the lead who closed it receives.
    giverId: answeredAt === null ? null : event.actorId,
    receiverId: answeredAt === null ? event.actorId : null,
  });
  if (event.type === 'open_consultation')
    return event.payload.consultations.map((c) => {
      asked.set(c.no, c);
      const handed = { at: event.at, result: handedResult, note: c.question };
      return { from: lead, to: name(c.agencyId), ...handed, giverId: event.actorId, receiverId: null };
    });
  if (event.type === 'record_opinion') {
    const c = asked.get(event.payload.no);
    const agreed = event.payload.agrees ? 'Thống nhất' : 'Không thống nhất';
    return c ? [back(c, event.at, `${agreed}: ${event.payload.opinion}`)] : [];
  }
  if (event.type === 'close_consultation')
    return event.payload.lapsed.flatMap((no) => {
      const c = asked.get(no);
      return c ? [back(c, null, LAPSED)] : [];
    });
  return [];
}

/**
 * The control sheet's rows, built from the events (DESIGN §6): each hand-over with its result against
 * the due moment (early / on time / late, classified as reports do); before reception there is none.
 * Consulted agencies appear by name when `agencies` names them.
 */
export function handOversOf(
  events: readonly DossierEventDraft[],
  agencyName: string,
  dueAt: Instant | null,
  agencies?: AgencyNames,
  routed?: RoutedCenters,
): HandOverRow[] {
  const asked = new Map<number, Asked>();
  const name = (agencyId: string) => agencies?.get(agencyId)?.name ?? PARTNER;
  const oneDoor = routed ? `${ONE_DOOR} – ${routed.received}` : ONE_DOOR;
  const acrossAgency = routed ? `${agencyName} – ${routed.competent}` : agencyName;
  return events.flatMap((event, i) => {
    const result = dueAt === null ? null : classifyResolution(dueAt, event.at);
    const consulted = consultationRows(event, asked, `${agencyName} (chủ trì)`, name, result);
    if (consulted.length > 0) return consulted;
    const parts = HAND_OVERS[event.type];
    if (!parts) return [];
    const [from, to] = parts(ACROSS_CENTERS.has(event.type) ? acrossAgency : agencyName, oneDoor);
    const payload = event.payload as { note?: string | null; summary?: string; reason?: string };
    const note = payload.note ?? payload.summary ?? payload.reason ?? '';
    const signers = chainSigners(events, i);
    // The applicant's side signs with the applicant's name, never an officer's.
    return [
      {
        from,
        to,
        at: event.at,
        result,
        note,
        giverId: from === APPLICANT ? null : signers.giverId,
        receiverId: to === APPLICANT ? null : signers.receiverId,
      },
    ];
  });
}
