import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeApplicant, receiveDossier } from '../../test/dossier-builders.ts';
import { useTestApp } from '../../test/test-app.ts';

const NOW = new Date('2026-11-25T09:00:00+07:00');

describe('the ledger as Excel (DESIGN §11)', () => {
  const t = useTestApp({ now: () => NOW });
  const codes: string[] = [];
  const applicant = makeApplicant({ fullName: 'Hoàng Văn Nam' }); // the name the ledger shows
  beforeAll(async () => {
    for (const slug of ['congan', 'congan', 'tuphap']) {
      const cookie = await t.login(`${slug}.counter`);
      const procedure = slug === 'congan' ? 'cap ho chieu' : 'ly lich tu phap';
      codes.push((await receiveDossier(t, { procedure, cookie, applicant })).dossier.code);
    }
  });

  const workbook = async (query: string, cookie: string) => {
    const res = await t.app.inject({ url: `/api/v1/reports/ledger.xlsx?${query}`, headers: { cookie } });
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return rows;
  };

  it('has a header row with "Mã hồ sơ", then a row per dossier received in the period', async () => {
    const director = await t.login('director');
    const rows = await workbook('from=2026-11-25&to=2026-11-25', director);
    const header = rows.findIndex((r) => r.includes('Mã hồ sơ'));
    expect(rows[header]).toEqual(
      expect.arrayContaining(['Mã hồ sơ', 'Tên thủ tục', 'Hẹn trả', 'Ngày có kết quả', 'Ngày trả kết quả']),
    );
    const body = rows.slice(header + 1);
    expect(body.map((r) => r[1])).toEqual(codes);
    expect(body[0]![3]).toBe('Hoàng Văn Nam');
    // Dates show the UTC+7 wall-clock time of reception (09:00).
    expect((body[0]![5] as Date).toISOString().slice(0, 16)).toBe('2026-11-25T09:00');
    const police = await workbook('from=2026-11-25&to=2026-11-25&agency=congan', director);
    expect(police.filter((r) => typeof r[1] === 'string' && r[1].includes('H49-')).length).toBe(2);
    const empty = await workbook('from=2026-11-24&to=2026-11-24', director);
    expect(empty.filter((r) => typeof r[1] === 'string' && r[1].includes('H49-'))).toHaveLength(0);
  });

  it("is the director's, and a reversed period is a 400", async () => {
    const counter = await t.login('congan.counter');
    expect(
      (
        await t.app.inject({
          url: '/api/v1/reports/ledger.xlsx?from=2026-11-25&to=2026-11-25',
          headers: { cookie: counter },
        })
      ).statusCode,
    ).toBe(403);
    const director = await t.login('director');
    const bad = await t.app.inject({
      url: '/api/v1/reports/ledger.xlsx?from=2026-11-26&to=2026-11-25',
      headers: { cookie: director },
    });
    expect(bad.statusCode).toBe(400);
  });
});
