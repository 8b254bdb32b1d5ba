import { beforeAll, describe, expect, it } from 'vitest';
import type { NationalIndex } from '@motcua/core';
import { getProcedure, receiveDossier } from '../../test/dossier-builders.ts';
import { useTestApp } from '../../test/test-app.ts';

describe('the national index (QĐ 766, DESIGN §7) and the public figures', () => {
  const t = useTestApp({ now: () => new Date('2026-11-18T09:00:00+07:00') });
  let director: string;
  beforeAll(async () => {
    director = await t.login('director');
    const cookie = await t.login('congan.counter');
    const procedure = await getProcedure(t, 'cap ho chieu');
    for (const channel of ['direct', 'post'] as const)
      await receiveDossier(t, { procedure, cookie, channel, resultDelivery: 'electronic' });
  });

  const get = (url: string, cookie?: string) => t.app.inject({ url, headers: cookie ? { cookie } : {} });

  it('scores progress from the same figures as Biểu II.06a, shows each formula and its inputs, and leaves unmeasured indicators at 0', async () => {
    const res = await get('/api/v1/reports/national-index?from=2026-11-01&to=2026-11-30', director);
    expect(res.statusCode, res.body).toBe(200);
    const { index } = res.json() as { index: NationalIndex };
    const report = (await get('/api/v1/reports/resolution?from=2026-11-01&to=2026-11-30', director)).json().total;
    expect(index.max).toBe(100);
    expect(index.groups.map((g) => g.max)).toEqual([18, 20, 12, 10, 18, 22]);
    const progress = index.groups.find((g) => g.max === 20)!.indicators[0]!;
    const expected =
      (20 * (report.resolved.early + report.resolved.onTime + report.inProgress.onTime)) / report.received.total;
    expect(progress.score).toBeCloseTo(expected, 10);
    expect(progress.inputs.find((i) => i.key === 'receivedDirect')?.value).toBe(report.received.direct);
    expect(progress.formula.vi).toMatch(/20/);
    const satisfaction = index.groups.find((g) => g.id.includes('satisf'))!;
    expect(satisfaction.indicators.every((i) => !i.measured && i.score === 0)).toBe(true);
    const online = index.groups
      .flatMap((g) => g.indicators)
      .find((i) => i.inputs.some((x) => x.key === 'proceduresOnlineFull'))!;
    expect(online.measured).toBe(true);
    expect(online.inputs.find((x) => x.key === 'proceduresInForce')?.value).toBe(918);
    expect(index.total).toBeCloseTo(
      index.groups.reduce((s, g) => s + g.score, 0),
      10,
    );
  });

  it('scores one agency; an unknown one is a 404, and only the director may ask', async () => {
    const congan = (
      await get('/api/v1/reports/national-index?from=2026-11-01&to=2026-11-30&agency=congan', director)
    ).json();
    expect(congan.agency.slug).toBe('congan');
    expect(
      congan.index.groups
        .flatMap((g: { indicators: { inputs: { key: string; value: number | null }[] }[] }) =>
          g.indicators.flatMap((i) => i.inputs),
        )
        .find((x: { key: string }) => x.key === 'receivedDirect').value,
    ).toBe(2);
    expect(
      (await get('/api/v1/reports/national-index?from=2026-11-01&to=2026-11-30&agency=khongco', director)).statusCode,
    ).toBe(404);
    expect((await get('/api/v1/reports/national-index?from=2026-11-01&to=2026-11-30')).statusCode).toBe(401);
  });

  it('shows each agency’s figures to citizens without a log-in, equal to the director’s report', async () => {
    const open = await get('/api/v1/public/resolution?from=2026-11-01&to=2026-11-30');
    expect(open.statusCode).toBe(200);
    const report = (await get('/api/v1/reports/resolution?from=2026-11-01&to=2026-11-30', director)).json();
    expect(open.json()).toEqual(report);
    expect(open.json().rows.find((r: { agency: { slug: string } }) => r.agency.slug === 'congan').received.total).toBe(
      2,
    );
  });
});
