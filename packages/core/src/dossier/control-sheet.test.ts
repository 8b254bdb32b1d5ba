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
});
