import { describe, expect, it } from 'vitest';
import { handOversOf } from './control-sheet.ts';
import type { DossierEventDraft } from './events.ts';

const at = (iso: string) => Date.parse(iso);
const event = (type: string, iso: string, payload: object = {}) =>
  ({
    type,
    at: at(iso),
    payload,
    fromStatus: null,
    toStatus: 'received',
    actorId: 'u',
    version: 1,
  }) as unknown as DossierEventDraft;

describe('control sheet rows', () => {
  it('a row per hand-over, classified against the due moment, none for internal steps', () => {
    const due = at('2025-03-13T03:00:00Z'); // Thursday 10:00 (UTC+7)
    const rows = handOversOf(
      [
        event('open', '2025-03-10T03:00:00Z'),
        event('receive', '2025-03-10T03:00:00Z'),
        event('start_appraisal', '2025-03-10T04:00:00Z'),
        event('propose_approval', '2025-03-12T08:00:00Z', { summary: 'Đủ điều kiện' }),
        event('approve', '2025-03-13T02:00:00Z'),
        event('prepare_result', '2025-03-13T02:30:00Z'),
        event('return_result', '2025-03-13T06:00:00Z'),
      ],
      'Công an tỉnh',
      due,
    );
    expect(rows.map((r) => [r.from, r.to, r.result])).toEqual([
      ['Bộ phận tiếp nhận và trả kết quả', 'Công an tỉnh (thẩm định)', 'early'],
      ['Công an tỉnh (thẩm định)', 'Công an tỉnh (lãnh đạo phê duyệt)', 'early'],
      ['Công an tỉnh', 'Bộ phận tiếp nhận và trả kết quả', 'onTime'],
      ['Bộ phận tiếp nhận và trả kết quả', 'Tổ chức, cá nhân', 'late'],
    ]);
    expect(rows[1]!.note).toBe('Đủ điều kiện');
  });

  it('a routed dossier names the receiving branch and the competent center on each hand-over (DESIGN §13)', () => {
    const rows = handOversOf(
      [
        event('receive', '2025-07-07T02:00:00Z'),
        event('propose_approval', '2025-07-08T02:00:00Z'),
        event('prepare_result', '2025-07-09T02:30:00Z'),
        event('return_result', '2025-07-09T06:00:00Z'),
      ],
      'Công an tỉnh',
      at('2025-07-10T03:00:00Z'),
      undefined,
      { received: 'Chi nhánh Bãi Cháy', competent: 'Trung tâm PVHCC tỉnh' },
    );
    const desk = 'Bộ phận tiếp nhận và trả kết quả – Chi nhánh Bãi Cháy';
    const agency = 'Công an tỉnh – Trung tâm PVHCC tỉnh';
    expect(rows.map((r) => [r.from, r.to])).toEqual([
      [desk, `${agency} (thẩm định)`],
      // Within the agency the center goes without saying.
      ['Công an tỉnh (thẩm định)', 'Công an tỉnh (lãnh đạo phê duyệt)'],
      [agency, desk],
      [desk, 'Tổ chức, cá nhân'],
    ]);
  });

  it('a row per consultation: handed to the consulted agency by name, its answer or lapse against its own deadline', () => {
    const due = at('2025-03-20T03:00:00Z');
    const asked = (no: number, agencyId: string, deadline: string) => ({
      no,
      agencyId,
      question: 'Cho ý kiến',
      deadline: at(deadline),
    });
    const events = [
      event('receive', '2025-03-10T03:00:00Z'),
      event('open_consultation', '2025-03-10T04:00:00Z', {
        consultations: [asked(1, 'a-tuphap', '2025-03-12T03:00:00Z'), asked(2, 'a-xaydung', '2025-03-12T03:00:00Z')],
      }),
      // Tư pháp answers an hour after its deadline (10:00 on 12 March, UTC+7).
      event('record_opinion', '2025-03-12T04:00:00Z', { no: 1, opinion: 'Đủ điều kiện', agrees: true }),
      event('close_consultation', '2025-03-12T05:00:00Z', { note: null, lapsed: [2] }),
    ];
    const names = new Map([['a-tuphap', { name: 'Sở Tư pháp' }]]);
    const rows = handOversOf(events, 'Công an tỉnh', due, names);
    expect(rows.slice(1).map((r) => [r.from, r.to, r.result, r.note])).toEqual([
      ['Công an tỉnh (chủ trì)', 'Sở Tư pháp', 'early', 'Cho ý kiến'],
      ['Công an tỉnh (chủ trì)', 'Cơ quan phối hợp', 'early', 'Cho ý kiến'],
      ['Sở Tư pháp', 'Công an tỉnh (chủ trì)', 'late', 'Thống nhất: Đủ điều kiện'],
      ['Cơ quan phối hợp', 'Công an tỉnh (chủ trì)', 'late', 'Quá hạn, không có ý kiến'],
    ]);
    // The signature of before: no names, the same rows with the generic partner.
    expect(handOversOf(events, 'Công an tỉnh', due).map((r) => r.to)[1]).toBe('Cơ quan phối hợp');
  });

  it('names who signs each side: the recorder, the officer before or after, nobody for the applicant or a lapse', () => {
    const by = (actorId: string, e: DossierEventDraft) => ({ ...e, actorId }) as DossierEventDraft;
    const asked = { no: 1, agencyId: 'a-tuphap', question: 'Cho ý kiến', deadline: at('2025-03-12T03:00:00Z') };
    const events = [
      by('counter', event('receive', '2025-03-10T03:00:00Z')),
      by('appraiser', event('start_appraisal', '2025-03-10T04:00:00Z')),
      by('appraiser', event('open_consultation', '2025-03-10T05:00:00Z', { consultations: [asked] })),
      by('appraiser', event('close_consultation', '2025-03-12T05:00:00Z', { note: null, lapsed: [1] })),
      by('appraiser', event('propose_approval', '2025-03-12T06:00:00Z', { summary: 'Đủ' })),
      by('approver', event('approve', '2025-03-12T07:00:00Z')),
      by('counter', event('prepare_result', '2025-03-12T08:00:00Z')),
      by('counter', event('return_result', '2025-03-12T09:00:00Z')),
    ];
    const rows = handOversOf(events, 'Công an tỉnh', at('2025-03-20T03:00:00Z'));
    expect(rows.map((r) => [r.giverId, r.receiverId])).toEqual([
      ['counter', 'appraiser'], // the counter hands over; the appraiser who starts takes it
      ['appraiser', null], // handed to the consulted agency, whose officer signs by hand
      [null, 'appraiser'], // nobody answered; the lead who closed it takes it back
      ['appraiser', 'approver'],
      ['approver', 'counter'], // recorded by the counter: the approver before it gives
      ['counter', null], // the applicant signs with their own name
    ]);
  });
});
