import { describe, expect, it } from 'vitest';
import { ProcedureList, ProcedureSearchQuery } from './procedure-api.ts';

describe('ProcedureSearchQuery', () => {
  it('reads a query string: numbers coerced, page 1 and 20 a page by default', () => {
    expect(ProcedureSearchQuery.parse({ q: ' ho chieu ' })).toEqual({ q: 'ho chieu', page: 1, pageSize: 20 });
    expect(
      ProcedureSearchQuery.parse({
        agency: 'congan',
        level: 'province',
        onlineLevel: 'full',
        page: '3',
        pageSize: '100',
      }),
    ).toEqual({
      agency: 'congan',
      level: 'province',
      onlineLevel: 'full',
      page: 3,
      pageSize: 100,
    });
  });

  it.each([
    [{ pageSize: '101' }],
    [{ pageSize: '0' }],
    [{ page: '0' }],
    [{ page: '1.5' }],
    [{ page: 'abc' }],
    [{ q: 'x'.repeat(201) }],
    [{ onlineLevel: 'some' }],
    [{ agency: 'Công an' }],
  ])('refuses %j', (query) => {
    expect(ProcedureSearchQuery.safeParse(query).success).toBe(false);
  });
});

describe('ProcedureList', () => {
  it('is the contract of DESIGN §11', () => {
    const list = {
      items: [
        {
          code: '1.001234',
          name: 'Cấp hộ chiếu phổ thông ở trong nước',
          agency: { code: '000.00.01.H49', slug: 'congan', name: 'Công an tỉnh' },
          field: { code: 'CA-01', name: 'Xuất nhập cảnh' },
          timeLimit: { value: 8, unit: 'days' },
          onlineLevel: 'full',
        },
      ],
      total: 1,
    };
    expect(ProcedureList.parse(list)).toEqual(list);
    expect(
      ProcedureList.safeParse({ ...list, items: [{ ...list.items[0], timeLimit: { value: 8, unit: 'weeks' } }] })
        .success,
    ).toBe(false);
  });
});
