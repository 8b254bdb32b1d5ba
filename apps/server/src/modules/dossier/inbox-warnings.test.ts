import { beforeAll, describe, expect, it } from 'vitest';
import { getProcedure, receiveDossier } from '../../test/dossier-builders.ts';
import { useTestApp } from '../../test/test-app.ts';

describe('the inbox filtered by a warning (DESIGN §5 "Step budgets")', () => {
  let now = new Date('2026-11-02T09:00:00+07:00');
  const t = useTestApp({ now: () => now });
  let counter: string;
  beforeAll(async () => {
    counter = await t.login('congan.counter');
    const procedure = await getProcedure(t, 'cap ho chieu');
    const receive = () => receiveDossier(t, { procedure, cookie: counter });
    // Five received long ago (overdue by the end of November), three received on the last day (on time).
    for (let i = 0; i < 5; i++) await receive();
    now = new Date('2026-11-30T09:00:00+07:00');
    counter = await t.login('congan.counter');
    for (let i = 0; i < 3; i++) await receive();
  });

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
