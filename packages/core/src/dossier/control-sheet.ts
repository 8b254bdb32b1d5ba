import { classifyResolution, type ResolvedTimeliness } from '../calendar/classification.ts';
import type { Instant } from '../calendar/local-date.ts';
import type { DossierEventDraft } from './events.ts';

/** One row of the control sheet (Phiếu kiểm soát, TT 01/2018 mẫu 05, TT 03/2025 mẫu 06): who handed the dossier to whom, when. */
export type HandOverRow = { from: string; to: string; at: Instant; result: ResolvedTimeliness | null; note: string };

const ONE_DOOR = 'Bộ phận tiếp nhận và trả kết quả';
const APPLICANT = 'Tổ chức, cá nhân';

/** The hand-overs each event type stands for, between the parts of the one-door chain. */
const HAND_OVERS: Partial<Record<DossierEventDraft['type'], (agency: string) => [string, string]>> = {
  receive: (agency) => [ONE_DOOR, `${agency} (thẩm định)`],
  request_supplement: (agency) => [`${agency} (thẩm định)`, APPLICANT],
  record_supplement: (agency) => [APPLICANT, `${agency} (thẩm định)`],
  open_consultation: (agency) => [`${agency} (chủ trì)`, 'Cơ quan phối hợp'],
  close_consultation: (agency) => ['Cơ quan phối hợp', `${agency} (chủ trì)`],
  propose_approval: (agency) => [`${agency} (thẩm định)`, `${agency} (lãnh đạo phê duyệt)`],
  send_back: (agency) => [`${agency} (lãnh đạo phê duyệt)`, `${agency} (thẩm định)`],
  prepare_result: (agency) => [agency, ONE_DOOR],
  return_result: () => [ONE_DOOR, APPLICANT],
};

/**
 * The control sheet's rows, built from the events (DESIGN §6): each hand-over with its result against
 * the due moment (early / on time / late, classified as reports do); before reception there is none.
 */
export function handOversOf(
  events: readonly DossierEventDraft[],
  agencyName: string,
  dueAt: Instant | null,
): HandOverRow[] {
  return events.flatMap((event) => {
    const parts = HAND_OVERS[event.type];
    if (!parts) return [];
    const [from, to] = parts(agencyName);
    const result = dueAt === null ? null : classifyResolution(dueAt, event.at);
    const payload = event.payload as { note?: string | null; summary?: string; reason?: string };
    return [{ from, to, at: event.at, result, note: payload.note ?? payload.summary ?? payload.reason ?? '' }];
  });
}
