import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportFigures } from '@motcua/core';
import { receiveDossier } from '../../test/dossier-builders.ts';
import { officersOf, walkTo } from '../../test/dossier-walk.ts';
import { FIGURES } from '../../test/report-figures.ts';
import { useTestApp } from '../../test/test-app.ts';

const NOW = new Date('2026-11-25T09:00:00+07:00');
const PERIOD = 'from=2026-11-01&to=2026-11-30';
const BRANCH = '000.30.01.H49';
const OTHER_BRANCH = '000.30.02.H49';
const counterOf = (code: string) => `${code.toLowerCase()}.counter`;
const directorOf = (code: string) => `${code.toLowerCase()}.director`;
type CenterRow = ReportFigures & { center: { code: string; level: string } };
type AgencyRow = ReportFigures & { agency: { slug: string } };

/**
 * Biểu II.06a by receiving center (DESIGN §8, §13): a dossier received at a branch counts once, under its agency, in
 * the province's figures and in its branch's; the rows per center add up to the province; a center's director reads
 * their center's figures only.
 */
describe('resolution report by receiving center', () => {
  const t = useTestApp({ now: () => NOW });
  const cookies: Record<string, string> = {};
  const report = (query: string, user = 'director') =>
    t.app.inject({ url: `/api/v1/reports/resolution?${PERIOD}${query}`, headers: { cookie: cookies[user]! } });
  const body = async (query: string, user?: string) => {
    const res = await report(query, user);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const agencyRow = (rows: AgencyRow[], slug: string) => rows.find((r) => r.agency.slug === slug)!;

  beforeAll(async () => {
    const users = [BRANCH, OTHER_BRANCH].flatMap((c) => [counterOf(c), directorOf(c)]);
    for (const u of [...users, 'director', 'congan.counter', 'congan.appraiser', 'congan.approver'])
      cookies[u] = await t.login(u);
    // One passport at the first branch (resolved), a judicial record at the second, a passport at the province center.
    const atBranch = await receiveDossier(t, { procedure: 'cap ho chieu', cookie: cookies[counterOf(BRANCH)]! });
    await walkTo(t, atBranch.dossier, 'result_ready', officersOf(cookies, 'congan'));
    await receiveDossier(t, { procedure: 'ly lich tu phap', cookie: cookies[counterOf(OTHER_BRANCH)]! });
    await receiveDossier(t, { procedure: 'cap ho chieu', cookie: cookies['congan.counter']! });
  });

  it('counts a branch’s dossier once under its agency in the province’s figures, and alone in its branch’s', async () => {
    const province = await body('');
    expect(province.total.received.total).toBe(3);
    expect(agencyRow(province.rows, 'congan').received.total).toBe(2);
    expect(agencyRow(province.rows, 'congan').resolved.total).toBe(1);
    expect(agencyRow(province.rows, 'tuphap').received.total).toBe(1);
    const branch = await body(`&center=${BRANCH}`);
    expect(branch.center).toMatchObject({ code: BRANCH });
    expect(branch.total.received).toEqual({ total: 1, online: 0, direct: 1, carriedOver: 0 });
    expect(branch.total.resolved.total).toBe(1);
    expect(agencyRow(branch.rows, 'congan').received.total).toBe(1);
    // The rows add up to the branch's total: nothing of the other branch or the province center slips in.
    expect(branch.rows.reduce((n: number, r: AgencyRow) => n + r.received.total, 0)).toBe(1);
  });

  it('rows by center add up to the province’s total, every figure; level=commune is the sum of the commune rows', async () => {
    const province = await body('');
    const byCenter = await body('&by=center');
    const rows = byCenter.rows as CenterRow[];
    const sum = (of: CenterRow[]) => FIGURES(province.total).map((_, i) => of.reduce((s, r) => s + FIGURES(r)[i]!, 0));
    expect(sum(rows)).toEqual(FIGURES(province.total));
    expect(byCenter.total).toEqual(province.total);
    const received = (code: string) => rows.find((r) => r.center.code === code)?.received.total;
    expect([received('H49'), received(BRANCH), received(OTHER_BRANCH)]).toEqual([1, 1, 1]);
    const commune = await body('&level=commune');
    expect(FIGURES(commune.total)).toEqual(sum(rows.filter((r) => r.center.level === 'commune')));
    expect(commune.total.received.total).toBe(2);
  });

  it('a branch’s director gets their center’s figures without asking, and 403 for another center', async () => {
    const asked = await body(`&center=${BRANCH}`);
    const own = await body('', directorOf(BRANCH));
    expect(own.center).toMatchObject({ code: BRANCH });
    expect(own.total).toEqual(asked.total);
    expect(own.rows).toEqual(asked.rows);
    for (const center of ['H49', OTHER_BRANCH]) {
      const res = await report(`&center=${center}`, directorOf(BRANCH));
      expect(res.statusCode).toBe(403);
    }
    expect((await body(`&center=${BRANCH}`, directorOf(BRANCH))).total).toEqual(asked.total);
  });
});
