import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
type Job = { status: string; errors: { sheet: string; row: number; reason: string }[]; summary: unknown };

/** A new province's first catalog import brings its fields (issue 16): none exist before it. */
describe('the fields sheet of the catalog workbook', () => {
  const t = useTestApp({ now: () => new Date('2026-11-25T09:00:00+07:00') });
  let admin: string;
  beforeAll(async () => {
    admin = await t.login('admin');
  });
  const get = (url: string) => t.app.inject({ url, headers: { cookie: admin } });
  const imported = async (workbook: ExcelJS.Workbook): Promise<Job> => {
    const payload = Buffer.from(await workbook.xlsx.writeBuffer());
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/catalog/imports',
      headers: { cookie: admin, 'content-type': XLSX },
      payload,
    });
    expect(res.statusCode).toBe(202);
    for (;;) {
      const job = (await get(`/api/v1/catalog/imports/${res.json().id}`)).json() as Job;
      if (job.status !== 'running') return job;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  /** A file with the export's headers, these fields, and one procedure (the export's first, renumbered) in `fieldCode`. */
  const oneProcedureFile = async (fields: string[][], fieldCode: string, code = '9.000001') => {
    const exported = new ExcelJS.Workbook();
    await exported.xlsx.load((await get('/api/v1/catalog/export.xlsx')).rawPayload as unknown as ArrayBuffer);
    const workbook = new ExcelJS.Workbook();
    for (const source of exported.worksheets) {
      const sheet = workbook.addWorksheet(source.name);
      const header = (source.getRow(1).values as unknown[]).slice(1);
      sheet.addRow(header);
      if (source.name === 'Lĩnh vực') {
        fields.forEach((row) => sheet.addRow(row));
        continue;
      }
      const first = source.getRow(2).values as ExcelJS.CellValue[];
      const row = sheet.addRow(first.slice(1));
      row.getCell(1).value = code;
      if (source.name !== 'Thủ tục') continue;
      row.getCell(header.indexOf('Mã lĩnh vực') + 1).value = fieldCode;
      row.getCell(header.indexOf('Mã cơ quan') + 1).value = 'congan';
      row.getCell(header.indexOf('Thủ tục liên thông') + 1).value = null;
    }
    return workbook;
  };

  it('exports every field with its agency, and a new field in the file is created with the procedure naming it', async () => {
    const exported = new ExcelJS.Workbook();
    await exported.xlsx.load((await get('/api/v1/catalog/export.xlsx')).rawPayload as unknown as ArrayBuffer);
    const fields = exported.getWorksheet('Lĩnh vực')!;
    expect(fields.getRow(1).values).toEqual([undefined, 'Mã lĩnh vực', 'Tên lĩnh vực', 'Mã cơ quan']);
    expect(fields.actualRowCount).toBeGreaterThan(100);

    const job = await imported(await oneProcedureFile([['CA-MOI', 'Lĩnh vực thử nghiệm mới', 'congan']], 'CA-MOI'));
    expect(job).toMatchObject({ status: 'applied', errors: [], summary: { created: 1 } });
    const found = (await get('/api/v1/procedures/9.000001')).json();
    expect(found.field).toEqual({ code: 'CA-MOI', name: 'Lĩnh vực thử nghiệm mới' });
  });

  it('refuses a field of an unknown agency, a field moved to another agency and a repeated code, naming each row', async () => {
    const taken = (await get('/api/v1/fields?agency=tuphap')).json();
    const tuphapField = (Array.isArray(taken) ? taken : taken.items)[0].code as string;
    const job = await imported(
      await oneProcedureFile(
        [
          ['CA-X', 'Một lĩnh vực', 'khongco'],
          [tuphapField, 'Lĩnh vực chuyển cơ quan', 'congan'],
          ['CA-Y', 'Lĩnh vực Y', 'congan'],
          ['CA-Y', 'Lĩnh vực Y lần hai', 'congan'],
        ],
        'CA-Y',
        '9.000002',
      ),
    );
    expect(job.status).toBe('rejected');
    expect(job.errors).toEqual([
      { sheet: 'Lĩnh vực', row: 2, reason: 'Mã cơ quan: Không có cơ quan với mã viết tắt này' },
      { sheet: 'Lĩnh vực', row: 3, reason: 'Mã cơ quan: Lĩnh vực này đã thuộc cơ quan khác' },
      { sheet: 'Lĩnh vực', row: 5, reason: 'Mã lĩnh vực: Mã lĩnh vực đã có ở dòng 4' },
    ]);
    expect((await get('/api/v1/procedures/9.000002')).statusCode).toBe(404);
  });
});
