import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addSums,
  createWorkingCalendar,
  createWorkingClock,
  DEFAULT_OFFICE_HOURS,
  figuresOf,
  periodSumsOf,
  SEED_YEARLY_NOTICES,
  zeroSums,
  type DossierState,
  type ReportFigures,
} from '@motcua/core';
import { dossier } from '../../db/schema/index.ts';
import { receiveDossier } from '../../test/dossier-builders.ts';
import { officersOf, walkTo } from '../../test/dossier-walk.ts';
import { useTestApp } from '../../test/test-app.ts';
import { pdfText } from '../../test/pdf-text.ts';
import { FIGURES } from '../../test/report-figures.ts';
import { compactStatistics } from '../statistics/stat-compactor.ts';
const clock = createWorkingClock(createWorkingCalendar({ notices: SEED_YEARLY_NOTICES }), DEFAULT_OFFICE_HOURS);

describe('Biểu II.06a (DESIGN §8, §11): GET /api/v1/reports/resolution', () => {
  let now = new Date('2026-11-02T09:00:00+07:00'); // a Monday
  const t = useTestApp({ now: () => now });
  let cookies: Record<string, string>;
  beforeAll(async () => {
    // Sessions last 12 hours: log in again whenever the test's clock moves on.
    const logIn = async () => {
      cookies = Object.fromEntries(
        await Promise.all(
          ['director', 'congan.counter', 'congan.appraiser', 'congan.approver', 'tuphap.counter'].map(
            async (u) => [u, await t.login(u)] as const,
          ),
        ),
      );
    };
    await logIn();
    const receive = async (procedure: string, cookie: string) =>
      (await receiveDossier(t, { procedure, cookie })).dossier;
    // Week 1: three receptions (two Police, one Justice).
    const a = await receive('cap ho chieu', cookies['congan.counter']!);
    now = new Date('2026-11-03T10:00:00+07:00');
    await logIn();
    await receive('cap ho chieu', cookies['congan.counter']!);
    await receive('ly lich tu phap', cookies['tuphap.counter']!);
    // Week 2: the first is approved and its result made ready (resolved); the others stay open.
    now = new Date('2026-11-10T08:00:00+07:00');
    await logIn();
    await walkTo(t, a, 'result_ready', officersOf(cookies, 'congan'));
  });

  const get = (url: string, cookie = cookies.director) => t.app.inject({ url, headers: cookie ? { cookie } : {} });
  const definition = async (period: { from: string; to: string }) => {
    const states = (await t.database.db.select({ state: dossier.state }).from(dossier)).map(
      (r) => r.state as DossierState,
    );
    return figuresOf(states.reduce((sum, s) => addSums(sum, periodSumsOf(clock, s, period)), zeroSums()));
  };
  const PERIODS = [
    { from: '2026-11-02', to: '2026-11-06' },
    { from: '2026-11-09', to: '2026-11-30' },
    { from: '2026-11-03', to: '2026-11-10' },
    { from: '2026-12-01', to: '2027-03-31' },
  ];

  it('counts what the classification gives at the period boundaries, for each period; a dossier received in one week and resolved in the next is carried over', async () => {
    for (const period of PERIODS) {
      const body = (await get(`/api/v1/reports/resolution?from=${period.from}&to=${period.to}`)).json();
      expect(body.total, `${period.from}…${period.to}`).toEqual(await definition(period));
    }
    const week1 = (await get('/api/v1/reports/resolution?from=2026-11-02&to=2026-11-06')).json().total;
    expect(week1.received).toEqual({ total: 3, online: 0, direct: 3, carriedOver: 0 });
    expect(week1.inProgress.total).toBe(3);
    const week2on = (await get('/api/v1/reports/resolution?from=2026-11-09&to=2026-11-30')).json().total;
    expect(week2on.received).toEqual({ total: 3, online: 0, direct: 0, carriedOver: 3 });
    expect(week2on.resolved.total).toBe(1);
    expect(week2on.inProgress.total).toBe(2);
  });

  it('has every identity on each row, a total row that is the sum of the rows, by agency and by field, the same after compaction', async () => {
    for (const by of ['agency', 'field']) {
      const before = (await get(`/api/v1/reports/resolution?from=2026-11-01&to=2026-11-30&by=${by}`)).json();
      for (const row of [...before.rows, before.total]) {
        expect(row.received.total).toBe(row.received.online + row.received.direct + row.received.carriedOver);
        expect(row.resolved.total).toBe(row.resolved.early + row.resolved.onTime + row.resolved.late);
        expect(row.inProgress.total).toBe(row.inProgress.onTime + row.inProgress.overdue);
      }
      for (const [i, value] of FIGURES(before.total).entries())
        expect(before.rows.reduce((s: number, r: ReportFigures) => s + FIGURES(r)[i]!, 0)).toBe(value);
      expect(before.rows.every((r: object) => by in r)).toBe(true);
      await compactStatistics(t.database.db);
      expect((await get(`/api/v1/reports/resolution?from=2026-11-01&to=2026-11-30&by=${by}`)).json()).toEqual(before);
    }
    const byAgency = (await get('/api/v1/reports/resolution?from=2026-11-01&to=2026-11-30')).json();
    expect(byAgency.rows.find((r: { agency: { slug: string } }) => r.agency.slug === 'congan').received.total).toBe(2);
    expect(byAgency.rows.find((r: { agency: { slug: string } }) => r.agency.slug === 'tuphap').received.total).toBe(1);
    // Agencies working in the period are listed even without dossiers; the merged ones of 2025 are not.
    expect(byAgency.rows.some((r: { agency: { slug: string } }) => r.agency.slug === 'yte')).toBe(true);
    expect(byAgency.rows.some((r: { agency: { slug: string } }) => r.agency.slug === 'gtvt')).toBe(false);
  });

  it('gives the same figures in Excel and PDF', async () => {
    const query = 'from=2026-11-01&to=2026-11-30';
    const json = (await get(`/api/v1/reports/resolution?${query}`)).json();
    const xlsx = await get(`/api/v1/reports/resolution.xlsx?${query}`);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const values = (r: number) => (sheet.getRow(r).values as unknown[]).slice(1);
    // Below the form's head (rows 1–8) and its header of three levels (9–11): the column numbers, then the rows.
    expect(values(12)).toEqual(['(1)', '(2)', ...Array.from({ length: 11 }, (_, i) => `(${i + 3})`)]);
    json.rows.forEach((row: ReportFigures & { agency: { name: string } }, i: number) =>
      expect(values(13 + i)).toEqual([i + 1, row.agency.name, ...FIGURES(row)]),
    );
    expect(values(13 + json.rows.length).slice(1)).toEqual(['Tổng số', ...FIGURES(json.total)]);

    const pdf = await get(`/api/v1/reports/resolution.pdf?${query}`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const lines = pdfText(pdf.rawPayload).split('\n');
    const figuresOn = (name: string) =>
      lines
        .find((l) => l.includes(name) && /\d\s*$/.test(l))
        ?.replace(name, '')
        .trim()
        .split(/\s+/)
        .slice(-11)
        .map((n) => Number(n.replaceAll('.', '')));
    expect(figuresOn('Tổng số')).toEqual(FIGURES(json.total));
    expect(figuresOn('Công an tỉnh')).toEqual(
      FIGURES(json.rows.find((r: { agency: { slug: string } }) => r.agency.slug === 'congan')),
    );
  });

  it('is for the director; bad queries get problems in Vietnamese', async () => {
    expect((await get('/api/v1/reports/resolution?from=2026-11-01&to=2026-11-30', '')).statusCode).toBe(401);
    expect(
      (await get('/api/v1/reports/resolution?from=2026-11-01&to=2026-11-30', cookies['congan.counter'])).statusCode,
    ).toBe(403);
    const reversed = await get('/api/v1/reports/resolution?from=2026-11-30&to=2026-11-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.headers['content-type']).toContain('application/problem+json');
    const unknown = await get('/api/v1/reports/resolution?from=2026-11-01&to=2026-11-30&center=KHONG-CO');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().title).toBe('Không tìm thấy trung tâm');
    expect((await get('/api/v1/reports/resolution?from=2026-11-01&to=2026-11-30&by=quarter')).statusCode).toBe(400);
  });
});
