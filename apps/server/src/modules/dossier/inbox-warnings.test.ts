import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { completeTicks } from '../../test/complete-ticks.ts';

const APPLICANT = {
  kind: 'person',
  fullName: 'Hoàng Văn Nam',
  cccd: '022195012351',
  phone: '0912 345 674',
  email: null,
  address: 'Phường Hồng Gai, Hạ Long',
};

describe('the inbox filtered by a warning (DESIGN §5 "Step budgets")', () => {
  let t: TestApp;
  let now = new Date('2026-11-02T09:00:00+07:00');
  let counter: string;
  beforeAll(async () => {
    t = await createTestApp({ now: () => now });
    counter = await t.login('congan.counter');
    const code = (await t.app.inject({ url: '/api/v1/procedures?q=cap%20ho%20chieu' })).json().items[0].code;
    const procedure = (await t.app.inject({ url: `/api/v1/procedures/${code}` })).json().procedure;
    const receive = async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/dossiers',
        headers: { cookie: counter, 'idempotency-key': randomUUID() },
        payload: {
          procedureCode: code,
          applicant: APPLICANT,
          ticks: completeTicks(procedure.checklist),
          resultDelivery: 'counter',
        },
      });
      expect(res.statusCode).toBe(201);
    };
    // Five received long ago (overdue by the end of November), three received on the last day (on time).
    for (let i = 0; i < 5; i++) await receive();
    now = new Date('2026-11-30T09:00:00+07:00');
    counter = await t.login('congan.counter');
    for (let i = 0; i < 3; i++) await receive();
  });
  afterAll(() => t.close());

  const inbox = async (query: string) =>
    (await t.app.inject({ url: `/api/v1/dossiers?${query}`, headers: { cookie: counter } })).json();

  it('counts and pages the whole list of matches, not one page of the list', async () => {
    expect((await inbox('pageSize=100')).total).toBe(8);
    const pages = [
      await inbox('warning=overdue&pageSize=2&page=1'),
      await inbox('warning=overdue&pageSize=2&page=2'),
      await inbox('warning=overdue&pageSize=2&page=3'),
    ];
    expect(pages.map((p) => p.total)).toEqual([5, 5, 5]);
    expect(pages.map((p) => p.items.length)).toEqual([2, 2, 1]);
    const codes = pages.flatMap((p) => p.items.map((i: { code: string }) => i.code));
    expect(new Set(codes).size).toBe(5);
    for (const p of pages) for (const item of p.items) expect(item.warnings).toContain('overdue');
    expect((await inbox('warning=overdue&pageSize=2&page=4')).items).toEqual([]);
  });
});
