import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { adminAudit, outbox } from '../../../db/schema/index.ts';
import { useTestApp, type TestAppHandle } from '../../../test/test-app.ts';
import { officerApi } from '../officer-test-kit.ts';
import { XLSX_MIME } from './officer-workbook.ts';

const HEADER = [
  'Tên đăng nhập',
  'Họ và tên',
  'Thư điện tử',
  'Mã trung tâm',
  'Cơ quan (viết tắt)',
  'Vai trò',
  'Đang hoạt động',
];

async function workbookOf(rows: string[][], header = HEADER): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Cán bộ');
  sheet.addRows([header, ...rows]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Sends the file and waits for the job's outcome. */
async function importFile(t: TestAppHandle, cookie: string, body: Buffer) {
  const started = await t.app.inject({
    ...{ method: 'POST', url: '/api/v1/officer-imports', payload: body },
    headers: { cookie, 'content-type': XLSX_MIME },
  });
  expect(started.statusCode).toBe(202);
  for (;;) {
    const job = await t.app.inject({ url: `/api/v1/officer-imports/${started.json().id}`, headers: { cookie } });
    if (job.json().status !== 'running') return job.json();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('officers in Excel', () => {
  const t = useTestApp();
  const api = officerApi(t);
  const exported = async () =>
    (await t.app.inject({ url: '/api/v1/users/export.xlsx', headers: { cookie: await api.admin() } })).rawPayload;
  const officers = async () => (await api.call('GET', '/api/v1/users?status=all&pageSize=100')).json();

  it('exports the officers with the documented header, and a round trip changes nothing', async () => {
    const file = await exported();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Cán bộ')!;
    expect((sheet.getRow(1).values as string[]).slice(1)).toEqual(HEADER);
    const before = await officers();
    expect(sheet.rowCount - 1).toBe(before.total);
    const admin = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === 'admin')!;
    expect(admin.getCell(6).value).toBe('admin');
    expect(admin.getCell(7).value).toBe('Có');

    const job = await importFile(t, await api.admin(), file);
    expect(job.errors).toEqual([]);
    expect(job).toMatchObject({ status: 'applied', summary: { created: 0, updated: 0, unchanged: before.total } });
    expect(await officers()).toEqual(before);
  });

  it('rejects a file with bad rows, naming each, and changes nothing', async () => {
    const before = await officers();
    const file = await workbookOf([
      ['congan.counter', 'Nguyễn Văn A', '', 'H49', 'congan', 'counter', 'Có'],
      ['moi.mot', 'Trần Thị B', '', 'H49', 'congan', 'counter', 'Có'],
      ['Bad Name!', 'Lê C', 'c@example.vn', 'H49', 'congan', 'counter', 'Có'],
      ['moi.hai', 'Phạm D', 'd@example.vn', 'H49', '', 'counter', 'Có'],
      ['moi.ba', 'Võ E', 'e@example.vn', 'H49', 'congan', 'counter', 'Có lẽ'],
      ['moi.bon', 'Đỗ F', 'f@example.vn', 'Z99', 'congan', 'counter', 'Có'],
    ]);
    const job = await importFile(t, await api.admin(), file);
    expect(job.status).toBe('rejected');
    expect(job.errors).toEqual([
      { row: 3, column: 'Thư điện tử', reason: 'Cần địa chỉ thư điện tử để gửi liên kết đặt mật khẩu' },
      { row: 4, column: 'Tên đăng nhập', reason: expect.stringContaining('Tên đăng nhập gồm') },
      { row: 5, column: 'Cơ quan (viết tắt)', reason: 'Cán bộ của trung tâm cấp tỉnh cần thuộc một cơ quan' },
      { row: 6, column: 'Đang hoạt động', reason: 'Ghi "Có" hoặc "Không"' },
      { row: 7, column: 'Mã trung tâm', reason: 'Không tìm thấy trung tâm' },
    ]);
    expect(await officers()).toEqual(before);
  });

  it('creates new officers with an e-mailed link and updates the changed ones, each audited', async () => {
    const file = await workbookOf([
      ['congan.counter', 'Nguyễn Văn Đổi', '', 'H49', 'congan', 'counter', 'Có'],
      ['moi.nhap', 'Hoàng Thị Nhập', 'nhap@example.vn', 'H49', 'congan', 'appraiser', 'Có'],
      ['admin', 'Quản trị hệ thống', '', 'H49', '', 'admin', 'Có'],
      ['gtvt.counter', 'Ở Lại Sau Sáp Nhập', '', 'H49', 'gtvt', 'counter', 'Không'],
    ]);
    const job = await importFile(t, await api.admin(), file);
    expect(job).toMatchObject({ status: 'applied', summary: { created: 1, updated: 2, unchanged: 1 } });
    const list = (await officers()).items as { username: string; fullName: string; active: boolean }[];
    expect(list.find((o) => o.username === 'congan.counter')!.fullName).toBe('Nguyễn Văn Đổi');
    expect(list.find((o) => o.username === 'moi.nhap')).toMatchObject({ fullName: 'Hoàng Thị Nhập' });
    const mails = await t.database.db.select().from(outbox);
    expect(mails.some((m) => (m.payload as { to: string }).to === 'nhap@example.vn')).toBe(true);
    const audit = await t.database.db.select().from(adminAudit).where(eq(adminAudit.entity, 'officer'));
    expect(list.find((o) => o.username === 'gtvt.counter')).toMatchObject({
      fullName: 'Ở Lại Sau Sáp Nhập',
      active: false,
    });
    expect(audit.map((a) => a.action).sort()).toEqual(['created', 'deactivated', 'updated', 'updated']);
    const [applied] = await t.database.db.select().from(adminAudit).where(eq(adminAudit.entity, 'officer_import'));
    expect(applied).toMatchObject({ entityId: job.id, after: { created: 1, updated: 2, unchanged: 1 } });
  });

  it('answers an unreadable file with a rejected job', async () => {
    const job = await importFile(t, await api.admin(), Buffer.from('not a workbook'));
    expect(job).toMatchObject({ status: 'rejected', errors: [{ row: 1, column: null }] });
    const noColumn = await importFile(t, await api.admin(), await workbookOf([], HEADER.slice(0, 6)));
    expect(noColumn.errors[0].reason).toBe('Thiếu cột: Đang hoạt động');
  });

  it('is for the admin only, and an unknown import is 404', async () => {
    const cookie = await t.login('congan.head');
    expect((await t.app.inject({ url: '/api/v1/users/export.xlsx', headers: { cookie } })).statusCode).toBe(403);
    const unknown = await api.call('GET', '/api/v1/officer-imports/00000000-0000-4000-8000-000000000000');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().type).toBe('urn:motcua:problem:org.import_not_found');
  });
});
