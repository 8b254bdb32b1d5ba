import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
type Job = {
  id: string;
  status: string;
  progress: { done: number; total: number };
  errors: { sheet: string; row: number; reason: string }[];
  summary: { created: number; revised: number; unchanged: number } | null;
};

describe('the catalog as an Excel workbook (issue 5)', () => {
  const t = useTestApp({ now: () => new Date('2026-11-25T09:00:00+07:00') });
  let admin: string;
  beforeAll(async () => {
    admin = await t.login('admin');
  });

  const get = (url: string, cookie = admin) => t.app.inject({ url, headers: { cookie } });
  const exported = async () => {
    const res = await get('/api/v1/catalog/export.xlsx');
    expect(res.statusCode).toBe(200);
    return res.rawPayload;
  };
  const post = (body: Buffer | string, contentType = XLSX, cookie = admin) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/catalog/imports',
      headers: { cookie, 'content-type': contentType },
      payload: body,
    });
  /** Posts a file and waits for its job to end, as the admin page polls it. */
  const imported = async (body: Buffer | string): Promise<Job> => {
    const res = await post(body);
    expect(res.statusCode).toBe(202);
    expect(res.json()).toMatchObject({ status: 'running' });
    for (;;) {
      const job = (await get(`/api/v1/catalog/imports/${res.json().id}`)).json() as Job;
      if (job.status !== 'running') return job;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const workbookOf = async (bytes: Buffer) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    return workbook;
  };
  const bytesOf = async (workbook: ExcelJS.Workbook) => Buffer.from(await workbook.xlsx.writeBuffer());
  const column = (sheet: ExcelJS.Worksheet, header: string) => {
    const values = sheet.getRow(1).values as unknown[];
    const index = values.indexOf(header);
    if (index < 1) throw new Error(`no column ${header} on ${sheet.name}`);
    return index;
  };
  /** The row of a sheet whose "Mã thủ tục" is `code` (the first one). */
  const rowOfCode = (sheet: ExcelJS.Worksheet, code: string) => {
    const codes = sheet.getColumn(column(sheet, 'Mã thủ tục')).values as unknown[];
    return codes.indexOf(code);
  };
  const codeOf = async (q: string) =>
    (await get(`/api/v1/procedures?q=${encodeURIComponent(q)}`)).json().items[0].code as string;
  /** What citizens and the admin see: every page of the list and a sample of procedure pages. */
  const catalogAnswers = async () => {
    const pages = [];
    for (let page = 1; page <= 10; page++)
      pages.push((await get(`/api/v1/procedures?page=${page}&pageSize=100`)).json());
    const details = [];
    for (const { code } of pages.flatMap((p) => p.items as { code: string }[]).filter((_, i) => i % 46 === 0))
      details.push((await get(`/api/v1/procedures/${code}`)).json());
    return { pages, details };
  };

  it('exports the fields and every procedure in force on five sheets with Vietnamese headers, frozen, as a dated attachment', async () => {
    const res = await get('/api/v1/catalog/export.xlsx');
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.headers['content-disposition']).toBe('attachment; filename="danh-muc-thu-tuc-2026-11-25.xlsx"');
    const workbook = await workbookOf(res.rawPayload);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Lĩnh vực',
      'Thủ tục',
      'Thành phần hồ sơ',
      'Các bước',
      'Phí, lệ phí',
    ]);
    const procedures = workbook.getWorksheet('Thủ tục')!;
    expect(procedures.actualRowCount).toBe(1 + 918);
    expect(procedures.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(procedures.getRow(1).values).toEqual(
      expect.arrayContaining(['Mã thủ tục', 'Tên thủ tục', 'Mã cơ quan', 'Mã lĩnh vực', 'Hiệu lực từ ngày']),
    );
    expect(procedures.getColumn(column(procedures, 'Tên thủ tục')).width).toBeGreaterThan(30);
    const passport = procedures.getRow(rowOfCode(procedures, await codeOf('ho chieu')));
    expect(passport.getCell(column(procedures, 'Tên thủ tục')).value).toBe('Cấp hộ chiếu phổ thông ở trong nước');
    expect(passport.getCell(column(procedures, 'Mức độ trực tuyến')).value).toBe('Toàn trình');
    const documents = workbook.getWorksheet('Thành phần hồ sơ')!;
    expect(documents.getRow(1).values).toEqual(
      expect.arrayContaining(['Mã thủ tục', 'STT', 'Tên giấy tờ', 'Số lượng']),
    );
  });

  it('export then import gives the identical catalog: every procedure unchanged, nothing written', async () => {
    const before = await catalogAnswers();
    const bytes = await exported();
    const job = await imported(bytes);
    expect(job).toMatchObject({
      status: 'applied',
      errors: [],
      summary: { created: 0, revised: 0, unchanged: 918 },
      progress: { done: 918, total: 918 },
    });
    expect(await catalogAnswers()).toEqual(before);
    const again = await workbookOf(await exported());
    const first = await workbookOf(bytes);
    for (const sheet of first.worksheets)
      expect(again.getWorksheet(sheet.name)!.getSheetValues()).toEqual(sheet.getSheetValues());
  });

  it('an edited file makes a new version of the procedure it changes, from the date of its row', async () => {
    const code = await codeOf('ho chieu');
    const workbook = await workbookOf(await exported());
    const procedures = workbook.getWorksheet('Thủ tục')!;
    const row = procedures.getRow(rowOfCode(procedures, code));
    row.getCell(column(procedures, 'Tên thủ tục')).value = 'Cấp hộ chiếu phổ thông ở trong nước (sửa đổi)';
    row.getCell(column(procedures, 'Hiệu lực từ ngày')).value = new Date('2026-12-01T00:00:00Z');
    const documents = workbook.getWorksheet('Thành phần hồ sơ')!;
    documents.getRow(rowOfCode(documents, code)).getCell(column(documents, 'Số lượng')).value = 3;
    const job = await imported(await bytesOf(workbook));
    expect(job).toMatchObject({ status: 'applied', summary: { created: 0, revised: 1, unchanged: 917 } });
    const history = (await get(`/api/v1/procedures/${code}/versions`)).json();
    expect(history[0]).toMatchObject({
      effectiveFrom: '2026-12-01',
      effectiveTo: null,
      name: 'Cấp hộ chiếu phổ thông ở trong nước (sửa đổi)',
      createdBy: { username: 'admin' },
    });
    expect(history[1]).toMatchObject({ effectiveTo: '2026-11-30' });
    const next = (await get(`/api/v1/procedures/${code}/versions/${history[0].version}`)).json().procedure;
    expect(next.checklist[0].count).toBe(3);
    // Today the version in force is still the previous one.
    expect((await get(`/api/v1/procedures/${code}`)).json().procedure.version).toBe(history[1].version);
  });

  it('a file with bad rows is rejected whole: each error names its sheet, row and reason in Vietnamese', async () => {
    const before = await catalogAnswers();
    const workbook = await workbookOf(await exported());
    const procedures = workbook.getWorksheet('Thủ tục')!;
    const documents = workbook.getWorksheet('Thành phần hồ sơ')!;
    const [police, building] = [await codeOf('ho chieu'), await codeOf('giay phep xay dung')];
    const policeVersions = (await get(`/api/v1/procedures/${police}/versions`)).json();
    const policeRow = rowOfCode(procedures, police);
    procedures.getRow(policeRow).getCell(column(procedures, 'Mã cơ quan')).value = 'khongco';
    const buildingDoc = rowOfCode(documents, building);
    documents.getRow(buildingDoc).getCell(column(documents, 'Số lượng')).value = 0;
    const repeated = procedures.addRow(procedures.getRow(2).values).number;
    const orphan = documents.addRow(documents.getRow(2).values);
    orphan.getCell(column(documents, 'Mã thủ tục')).value = '1.999999';
    const job = await imported(await bytesOf(workbook));
    expect(job.status).toBe('rejected');
    expect(job.summary).toBeNull();
    expect(job.errors).toEqual([
      { sheet: 'Thủ tục', row: policeRow, reason: 'Mã cơ quan: Cơ quan không tồn tại' },
      { sheet: 'Thủ tục', row: repeated, reason: 'Mã thủ tục: Mã thủ tục đã có ở dòng 2' },
      { sheet: 'Thành phần hồ sơ', row: buildingDoc, reason: 'Số lượng: Số lượng phải từ 1 trở lên' },
      {
        sheet: 'Thành phần hồ sơ',
        row: orphan.number,
        reason: 'Mã thủ tục: Mã thủ tục không có trong trang “Thủ tục”',
      },
    ]);
    expect(await catalogAnswers()).toEqual(before);
    expect((await get(`/api/v1/procedures/${police}/versions`)).json()).toEqual(policeVersions);
  });

  it('a file that is not a workbook, or lacks a sheet, is rejected with a clear error, never a 500', async () => {
    const garbage = await imported(Buffer.from('Mã thủ tục;Tên thủ tục\n1.000100;x'));
    expect(garbage).toMatchObject({
      status: 'rejected',
      errors: [{ sheet: 'Thủ tục', row: 1, reason: expect.stringContaining('không phải là bảng tính Excel') }],
    });
    const workbook = await workbookOf(await exported());
    workbook.removeWorksheet(workbook.getWorksheet('Các bước')!.id);
    const missing = await imported(await bytesOf(workbook));
    expect(missing).toMatchObject({
      status: 'rejected',
      errors: [{ sheet: 'Các bước', row: 1, reason: 'Tệp thiếu trang tính “Các bước”' }],
    });
    const json = await post(JSON.stringify({ rows: [] }), 'application/json');
    expect(json.statusCode).toBeGreaterThanOrEqual(400);
    expect(json.statusCode).toBeLessThan(500);
    expect((await get('/api/v1/catalog/imports/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await get('/api/v1/catalog/imports/abc')).statusCode).toBe(400);
  });

  it('only the admin may export or import', async () => {
    const counter = await t.login('congan.counter');
    const job = await imported(Buffer.from('x'));
    expect((await get('/api/v1/catalog/export.xlsx', counter)).statusCode).toBe(403);
    expect((await post(Buffer.from('x'), XLSX, counter)).statusCode).toBe(403);
    expect((await get(`/api/v1/catalog/imports/${job.id}`, counter)).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/catalog/export.xlsx' })).statusCode).toBe(401);
  });
});
