import type { Procedure } from '@motcua/core';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { makeProcedure } from '../../../../../../packages/core/src/catalog/testing.ts';
import { checkCandidate, type CatalogRefs } from './check-procedure.ts';
import { createCatalogWorkbook } from './export-workbook.ts';
import { sameContent } from './import-plan.ts';
import { readCatalogWorkbook } from './read-workbook.ts';

const refs: CatalogRefs = {
  agencies: new Map([
    ['congan', { id: 'a1' }],
    ['xaydung', { id: 'a2' }],
  ]),
  fields: new Map([
    ['CA-01', { agencyId: 'a1' }],
    ['XD-01', { agencyId: 'a2' }],
  ]),
  procedureCodes: new Set(['1.001234', '2.000300']),
};

const building = makeProcedure({
  code: '2.000300',
  name: 'Cấp giấy phép xây dựng nhà ở riêng lẻ',
  agencySlug: 'xaydung',
  fieldCode: 'XD-01',
  level: 'commune',
  timeLimit: { value: 72, unit: 'hours' },
  cutoffTime: '16:30',
  suspensionMode: 'restart',
  steps: [
    { name: 'Tiếp nhận', role: 'counter', budgetMinutes: 60 },
    { name: 'Xem xét, cấp phép', role: 'agency_head', budgetMinutes: 3000 },
  ],
  checklist: [{ name: 'Bản vẽ thiết kế, tỷ lệ 1:100', form: 'photocopy', count: 2, required: true, note: 'Khổ A3' }],
  fees: [
    {
      kind: 'fee',
      name: 'Lệ phí cấp giấy phép',
      basis: 'table',
      rows: [
        { label: 'Nhà ở riêng lẻ, tỷ lệ 1:500', amount: 75_000 },
        { label: 'Công trình khác', amount: 150_000 },
      ],
      onlineDiscountPercent: 50,
    },
    { kind: 'charge', name: 'Phí thẩm định', basis: 'fixed', amount: 1_500_000, onlineDiscountPercent: 0 },
  ],
  resultDelivery: ['electronic'],
  partnerCodes: ['1.001234'],
  effectiveFrom: '2025-07-01',
});

async function workbookOf(procedures: Procedure[]) {
  const writer = createCatalogWorkbook();
  writer.add(procedures);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await writer.toBuffer()) as unknown as ArrayBuffer);
  return workbook;
}
const read = async (workbook: ExcelJS.Workbook) => readCatalogWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()));
const checked = (candidate: Parameters<typeof checkCandidate>[0]) => {
  const result = checkCandidate(candidate, refs);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.procedure;
};

describe('the catalog workbook', () => {
  it('gives back every part of a procedure: documents, steps, fees by table, cut-off, partners', async () => {
    const originals = [makeProcedure(), building];
    const { candidates, errors } = await read(await workbookOf(originals));
    expect(errors).toEqual([]);
    const procedures = candidates.map(checked);
    procedures.forEach((p, i) => {
      expect(sameContent(p, originals[i])).toBe(true);
      expect({ code: p.code, effectiveFrom: p.effectiveFrom }).toEqual({
        code: originals[i]!.code,
        effectiveFrom: originals[i]!.effectiveFrom,
      });
    });
    expect(candidates[1]!.rows).toEqual({ procedure: 3, checklist: [4], steps: [6, 7], fees: [3, 4] });
  });

  it('reads what an admin types in Excel: codes as numbers, dates and times, labels without diacritics', async () => {
    const workbook = await workbookOf([building]);
    const row = workbook.getWorksheet('Thủ tục')!.getRow(2);
    row.getCell(1).value = 2.0003;
    row.getCell(5).value = 'cap xa';
    row.getCell(8).value = 0.6875;
    row.getCell(15).value = '01/07/2025';
    workbook.getWorksheet('Phí, lệ phí')!.getRow(3).getCell(6).value = '1.500.000';
    workbook.getWorksheet('Thành phần hồ sơ')!.getRow(2).getCell(6).value = 'có';
    const { candidates, errors } = await read(workbook);
    expect(errors).toEqual([]);
    expect(sameContent(checked(candidates[0]!), building)).toBe(true);
  });

  it('names the sheet, row and column of every bad cell, and of every rule the core breaks', async () => {
    const workbook = await workbookOf([makeProcedure(), building]);
    const procedures = workbook.getWorksheet('Thủ tục')!;
    procedures.getRow(2).getCell(5).value = 'Cấp huyện';
    procedures.getRow(3).getCell(13).value = '[{"name": "x"';
    const documents = workbook.getWorksheet('Thành phần hồ sơ')!;
    documents.getRow(2).getCell(5).value = 'hai';
    const steps = workbook.getWorksheet('Các bước')!;
    steps.getRow(3).getCell(2).value = 1;
    const { candidates, errors } = await read(workbook);
    expect(candidates).toEqual([]);
    expect(errors).toEqual([
      { sheet: 'Thủ tục', row: 2, reason: 'Cấp thực hiện: Giá trị không hợp lệ, chọn một trong: Cấp tỉnh, Cấp xã' },
      { sheet: 'Thủ tục', row: 3, reason: 'Biểu mẫu nhập liệu (JSON): Nội dung không phải JSON hợp lệ' },
      { sheet: 'Thành phần hồ sơ', row: 2, reason: 'Số lượng: Cần một số' },
      { sheet: 'Các bước', row: 3, reason: 'STT: Giá trị bị trùng lặp' },
    ]);
  });

  it('words the rules of the core in Vietnamese on the row they concern', async () => {
    const workbook = await workbookOf([building]);
    workbook.getWorksheet('Thành phần hồ sơ')!.getRow(2).getCell(6).value = 'Không';
    workbook.getWorksheet('Các bước')!.getRow(3).getCell(5).value = 9000;
    workbook.getWorksheet('Phí, lệ phí')!.getRow(2).getCell(7).value = 'Nhà ở riêng lẻ';
    workbook.getWorksheet('Thủ tục')!.getRow(2).getCell(14).value = '2.000300';
    const { candidates, errors } = await read(workbook);
    expect(errors).toEqual([
      {
        sheet: 'Phí, lệ phí',
        row: 2,
        reason: 'Biểu mức thu: Mỗi dòng ghi “Trường hợp: số tiền”, ví dụ “Nhà ở riêng lẻ: 75000”',
      },
    ]);
    workbook.getWorksheet('Phí, lệ phí')!.getRow(2).getCell(7).value = 'Nhà ở riêng lẻ: 75000';
    const again = await read(workbook);
    const result = checkCandidate(again.candidates[0]!, refs);
    expect(candidates).toEqual([]);
    expect(result.ok ? [] : result.errors).toEqual([
      { sheet: 'Thủ tục', row: 2, reason: 'Tổng thời gian các bước vượt quá thời hạn giải quyết' },
      { sheet: 'Thành phần hồ sơ', row: 2, reason: 'Điều kiện: Giấy tờ nộp theo điều kiện cần ghi rõ điều kiện' },
      { sheet: 'Thủ tục', row: 2, reason: 'Thủ tục liên thông (mục 1): Thủ tục không thể liên thông với chính nó' },
    ]);
  });

  it('an empty required cell reads "required"; a time typed 7:30 is 07:30; units and levels by their short names', async () => {
    const workbook = await workbookOf([building]);
    const row = workbook.getWorksheet('Thủ tục')!.getRow(2);
    row.getCell(5).value = 'xã';
    row.getCell(7).value = 'giờ';
    row.getCell(8).value = '7:30';
    workbook.getWorksheet('Phí, lệ phí')!.getRow(3).getCell(6).value = null;
    const { candidates } = await read(workbook);
    expect(candidates[0]!.input).toMatchObject({ level: 'commune', timeLimit: { unit: 'hours' }, cutoffTime: '07:30' });
    const result = checkCandidate(candidates[0]!, refs);
    expect(result.ok ? [] : result.errors).toEqual([
      { sheet: 'Phí, lệ phí', row: 3, reason: 'Mức thu (đồng): Vui lòng nhập thông tin này' },
    ]);
  });

  it('checks references: the agency exists, the field is its own, partners are known', () => {
    const candidate = {
      code: '1.000500',
      input: { ...makeProcedure({ code: '1.000500', fieldCode: 'XD-01', partnerCodes: ['1.999999'] }) },
      rows: { procedure: 7, checklist: [], steps: [], fees: [] },
    };
    const result = checkCandidate(candidate, refs);
    expect(result.ok ? [] : result.errors).toEqual([
      { sheet: 'Thủ tục', row: 7, reason: 'Mã lĩnh vực: Lĩnh vực không thuộc cơ quan giải quyết thủ tục' },
      { sheet: 'Thủ tục', row: 7, reason: 'Thủ tục liên thông (mục 1): Thủ tục liên thông không tồn tại' },
    ]);
  });
});
