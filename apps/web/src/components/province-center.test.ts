import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE_HOURS, type PublicCenter } from '@motcua/core';
import { isOpenOn, openProvinceCenter } from './province-center.ts';

const center = (overrides: Partial<PublicCenter>): PublicCenter => ({
  id: overrides.code ?? 'A01',
  code: 'A01',
  name: 'Trung tâm Phục vụ hành chính công tỉnh Thử nghiệm',
  level: 'province',
  parentCode: null,
  validFrom: '2020-01-01',
  validTo: null,
  address: null,
  officeHours: DEFAULT_OFFICE_HOURS,
  ...overrides,
});

describe('the center whose name the app shows', () => {
  it.each([
    ['2026-12-07', '2020-01-01', null, true],
    ['2026-12-07', '2026-12-07', null, true],
    ['2026-12-07', '2026-12-08', null, false],
    ['2026-12-07', '2020-01-01', '2026-12-07', true],
    ['2026-12-07', '2020-01-01', '2026-12-06', false],
  ])('on %s a center from %s to %s is open: %s', (today, validFrom, validTo, open) => {
    expect(isOpenOn({ validFrom, validTo }, today)).toBe(open);
  });

  it('is the open province center, not a closed one nor a branch', () => {
    const closed = center({ id: 'old', name: 'Cũ', validTo: '2025-06-30' });
    const branch = center({ id: 'b', code: '000.00.01.A01', level: 'commune', name: 'Chi nhánh' });
    const open = center({ id: 'new', name: 'Mới', validFrom: '2025-07-01' });
    expect(openProvinceCenter([closed, branch, open], '2026-12-07')?.id).toBe('new');
  });

  it('is none on a fresh server, or when only branches are open', () => {
    expect(openProvinceCenter([], '2026-12-07')).toBeUndefined();
    expect(openProvinceCenter([center({ level: 'commune' })], '2026-12-07')).toBeUndefined();
  });
});
