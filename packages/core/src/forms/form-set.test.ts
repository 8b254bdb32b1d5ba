import { describe, expect, it } from 'vitest';
import { formOf, formSetOn } from './form-set.ts';

describe('the form set in force on the reception day', () => {
  it.each([
    ['2014-06-01', 'tt01-2018', 'Mẫu số 05'],
    ['2025-06-30', 'tt01-2018', 'Mẫu số 05'],
    ['2025-07-01', 'tt03-2025', 'Mẫu số 06'],
    ['2026-11-25', 'tt03-2025', 'Mẫu số 06'],
  ])('%s → %s, control sheet %s', (day, id, controlSheet) => {
    const set = formSetOn(day);
    expect(set.id).toBe(id);
    expect(formOf(set, 'controlSheet')!.number).toBe(controlSheet);
    expect(formOf(set, 'receipt')!.title).toBe('Giấy tiếp nhận hồ sơ và hẹn trả kết quả');
  });

  it('the stop notice exists only under TT 03/2025; the apology changed its name', () => {
    expect(formOf(formSetOn('2024-01-01'), 'stop')).toBeNull();
    expect(formOf(formSetOn('2025-08-01'), 'stop')!.title).toBe('Thông báo dừng giải quyết hồ sơ');
    expect(formOf(formSetOn('2025-08-01'), 'apology')!.title).toContain('đề nghị gia hạn');
  });
});
