import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { appUser, reportExport } from '../../db/schema/index.ts';
import { hashPassword } from '../../platform/auth/password.ts';
import { receiveDossier } from '../../test/dossier-builders.ts';
import { DEMO_PASSWORD, useTestApp } from '../../test/test-app.ts';
import { createReportExportService } from './report-export-service.ts';
const DAY = 'from=2026-11-25&to=2026-11-25';
const BODY = { kind: 'ledger', from: '2026-11-25', to: '2026-11-25' };
type Job = {
  id: string;
  kind: string;
  status: string;
  done: number;
  total: number;
  fileName: string;
  error: string | null;
};
const quiet = { error: () => {} };

describe('long exports of the ledger show progress (issue 7)', () => {
  let now = new Date('2026-11-25T09:00:00+07:00');
  const t = useTestApp({ now: () => now });
  let director: string;
  beforeAll(async () => {
    director = await t.login('director');
    for (const [slug, q] of [
      ['congan', 'cap ho chieu'],
      ['congan', 'cap ho chieu'],
      ['tuphap', 'ly lich tu phap'],
      ['congan', 'cap ho chieu'],
      ['tuphap', 'ly lich tu phap'],
    ] as const)
      await receiveDossier(t, { procedure: q, cookie: await t.login(`${slug}.counter`) });
  });

  const get = (url: string, cookie: string | null = director) =>
    t.app.inject({ url, headers: cookie ? { cookie } : {} });
  const post = (payload: object, cookie: string | null = director) =>
    t.app.inject({ method: 'POST', url: '/api/v1/reports/exports', payload, headers: cookie ? { cookie } : {} });
  const jobOf = async (id: string) => (await get(`/api/v1/reports/exports/${id}`)).json() as Job;
  /** Reads the job every 20 ms, as the page does every second, until it ends. */
  const ended = async (id: string): Promise<Job> => {
    for (;;) {
      const job = await jobOf(id);
      if (job.status !== 'running') return job;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const sheetValues = async (bytes: Buffer) => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    return book.worksheets[0]!.getSheetValues();
  };
  const streamed = async (query: string) => sheetValues((await get(`/api/v1/reports/ledger.xlsx?${query}`)).rawPayload);
  const fileOf = (id: string) => get(`/api/v1/reports/exports/${id}/file`);
  const expectProblem = (
    res: { statusCode: number; headers: Record<string, unknown>; json: () => { type: string } },
    status: number,
  ) => {
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    if (status === 404) expect(res.json().type).toMatch(/report\.export_not_found$/);
    if (status === 409) expect(res.json().type).toMatch(/report\.export_(running|failed)$/);
  };

  it('counts the rows first, ends done with done = total = the rows, and its file has the rows of ledger.xlsx', async () => {
    for (const [query, body, rows] of [
      [DAY, BODY, 5],
      [`${DAY}&agency=congan`, { ...BODY, agency: 'congan' }, 3],
    ] as const) {
      const res = await post(body);
      expect(res.statusCode, res.body).toBe(202);
      expect(res.json()).toMatchObject({ kind: 'ledger', status: 'running', done: 0, total: rows, error: null });
      const job = await ended(res.json().id);
      expect(job).toMatchObject({
        status: 'done',
        done: rows,
        total: rows,
        fileName: 'so-theo-doi-ho-so-2026-11-25-2026-11-25.xlsx',
      });
      const file = await fileOf(job.id);
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-type']).toContain('spreadsheetml');
      expect(file.headers['content-disposition']).toBe(`attachment; filename="${job.fileName}"`);
      const values = await sheetValues(file.rawPayload);
      expect(values).toEqual(await streamed(query));
      expect(values.filter((r) => Array.isArray(r) && typeof r[2] === 'string' && r[2].includes('H49-'))).toHaveLength(
        rows,
      );
    }
  });

  it('shows its progress page by page while running, the file refused until it is done', async () => {
    const seen: Job[] = [];
    const refusals: number[] = [];
    let id = '';
    const slow = createReportExportService({
      db: t.database.db,
      now: () => now,
      log: quiet,
      pageSize: 2,
      afterPage: async () => {
        seen.push(await jobOf(id));
        refusals.push((await fileOf(id)).statusCode);
      },
    });
    const job = await slow.start({ kind: 'ledger', from: '2026-11-25', to: '2026-11-25' }, await actor('director'));
    id = job.id;
    // The rows are counted before the answer (the job then runs on its own: its progress is what `seen` records).
    expect(job).toMatchObject({ status: 'running', done: 0, total: 5 });
    await slow.idle();
    expect(seen.map((j) => j.status)).toEqual(['running', 'running', 'running']);
    const done = seen.map((j) => j.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.at(-1)).toBe(5);
    expect(done[0]).toBeLessThan(5);
    expect(refusals).toEqual([409, 409, 409]);
    expect(await jobOf(id)).toMatchObject({ status: 'done', done: 5, total: 5 });
    expect(await sheetValues((await fileOf(id)).rawPayload)).toEqual(await streamed(DAY));
  });

  it('a failure marks the job failed with its error and stores no file', async () => {
    const failing = createReportExportService({
      db: t.database.db,
      now: () => now,
      log: quiet,
      pageSize: 2,
      afterPage: async ({ done }) => {
        if (done >= 4) throw new Error('mất kết nối cơ sở dữ liệu');
      },
    });
    const job = await failing.start({ kind: 'ledger', from: '2026-11-25', to: '2026-11-25' }, await actor('director'));
    await failing.idle();
    expect(await jobOf(job.id)).toMatchObject({
      status: 'failed',
      done: 4,
      total: 5,
      error: 'mất kết nối cơ sở dữ liệu',
    });
    expectProblem(await fileOf(job.id), 409);
    const [row] = await t.database.db
      .select({ file: reportExport.file })
      .from(reportExport)
      .where(eq(reportExport.id, job.id));
    expect(row!.file).toBeNull();
  });

  it('is for directors (any director may read any export); bad queries are 400, unknown exports 404', async () => {
    const { id } = (await post(BODY)).json() as Job;
    await ended(id);
    const counter = await t.login('congan.counter');
    for (const cookie of [null, counter]) {
      const status = cookie ? 403 : 401;
      expectProblem(await post(BODY, cookie), status);
      expectProblem(await get(`/api/v1/reports/exports/${id}`, cookie), status);
      expectProblem(await get(`/api/v1/reports/exports/${id}/file`, cookie), status);
    }
    const [me] = await t.database.db
      .select({ centerId: appUser.centerId })
      .from(appUser)
      .where(eq(appUser.username, 'director'));
    await t.database.db.insert(appUser).values({
      centerId: me!.centerId,
      username: 'director2.test',
      fullName: 'Trần Thị Lan',
      passwordHash: await hashPassword(DEMO_PASSWORD),
      roles: ['director'],
    });
    const other = await t.login('director2.test');
    expect((await get(`/api/v1/reports/exports/${id}`, other)).json()).toMatchObject({ id, status: 'done' });
    expect((await get(`/api/v1/reports/exports/${id}/file`, other)).statusCode).toBe(200);
    for (const body of [
      { ...BODY, from: '2026-11-26' },
      { ...BODY, to: '2026-02-30' },
      { ...BODY, kind: 'resolution' },
      { from: BODY.from, to: BODY.to },
      { ...BODY, agency: 'Công An' },
    ]) {
      expectProblem(await post(body), 400);
    }
    expect((await post({ ...BODY, from: '2026-11-26' })).json().errors).toEqual([
      expect.objectContaining({ path: 'to' }),
    ]);
    expectProblem(await get(`/api/v1/reports/exports/${randomUUID()}`), 404);
    expectProblem(await get(`/api/v1/reports/exports/${randomUUID()}/file`), 404);
    expectProblem(await get('/api/v1/reports/exports/abc'), 400);
  });

  it('deletes the exports older than a day when the next one starts', async () => {
    const { id: old } = (await post(BODY)).json() as Job;
    await ended(old);
    now = new Date(now.getTime() + 25 * 60 * 60 * 1000);
    director = await t.login('director');
    const { id: fresh } = (await post(BODY)).json() as Job;
    await ended(fresh);
    expectProblem(await get(`/api/v1/reports/exports/${old}`), 404);
    expect(await jobOf(fresh)).toMatchObject({ status: 'done', total: 5 });
  });

  async function actor(username: string) {
    const [row] = await t.database.db
      .select({ userId: appUser.id, centerId: appUser.centerId })
      .from(appUser)
      .where(eq(appUser.username, username));
    return { userId: row!.userId, centerId: row!.centerId! };
  }
});
