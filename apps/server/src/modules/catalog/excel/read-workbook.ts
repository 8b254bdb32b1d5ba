import { foldText, type CatalogImportRowError } from '@motcua/core';
import ExcelJS from 'exceljs';
import {
  DOCUMENT_SHEET,
  FEE_SHEET,
  FIELD_SHEET,
  PROCEDURE_SHEET,
  STEP_SHEET,
  type FieldRecord,
  type SheetSpec,
} from './catalog-workbook.ts';
import { importMessage, reasonOf } from './import-messages.ts';
import { candidateOf } from './procedure-records.ts';
import { readSheet, rowError, type SheetRow } from './read-sheet.ts';

/** Where each part of a candidate came from, to name the row of each issue the core finds. */
export type CandidateRows = { procedure: number; checklist: number[]; steps: number[]; fees: number[] };
/** A procedure as its rows describe it, every cell readable, not yet checked by the core. */
export type Candidate = { code: string; input: Record<string, unknown>; rows: CandidateRows };
/** `codes`: every code on "Thủ tục", good rows or not: partners may name them; `fields`: the "Lĩnh vực" rows. */
export type WorkbookReading = {
  candidates: Candidate[];
  codes: string[];
  fields: SheetRow<FieldRecord>[];
  errors: CatalogImportRowError[];
};

const CHILD_SHEETS = { checklist: DOCUMENT_SHEET, steps: STEP_SHEET, fees: FEE_SHEET } as const;
type ChildKey = keyof typeof CHILD_SHEETS;
type ChildRow = SheetRow<{ code: string; order: number }>;

/**
 * Reads the catalog workbook into candidate procedures. Every row is read; the errors of this stage
 * are those of single cells and of the keys between sheets: codes repeated on "Thủ tục", rows of
 * other sheets naming no procedure of it, orders repeated. A procedure with such an error is not a
 * candidate (its rows are named already); the core checks the others.
 */
export async function readCatalogWorkbook(buffer: Buffer): Promise<WorkbookReading> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    return {
      candidates: [],
      codes: [],
      fields: [],
      errors: [rowError(PROCEDURE_SHEET.name, 1, importMessage('catalog.import_not_xlsx'))],
    };
  }
  const errors: CatalogImportRowError[] = [];
  // The fields' sheet is optional: a file exported before it existed still imports into a catalog that has its fields.
  const hasFields = workbook.worksheets.some((s) => foldText(s.name) === foldText(FIELD_SHEET.name));
  const fields = hasFields ? readSheet(workbook, FIELD_SHEET, errors) : [];
  const procedures = readSheet(workbook, PROCEDURE_SHEET, errors);
  const children = {
    checklist: readSheet(workbook, DOCUMENT_SHEET, errors),
    steps: readSheet(workbook, STEP_SHEET, errors),
    fees: readSheet(workbook, FEE_SHEET, errors),
  };
  if (!fields || !procedures || !children.checklist || !children.steps || !children.fees)
    return { candidates: [], codes: [], fields: [], errors };

  const firstRow = new Map<string, number>();
  const bad = new Set<string>();
  for (const { row, code, record } of procedures) {
    if (code === undefined) continue;
    const first = firstRow.get(code);
    if (first !== undefined)
      errors.push(
        rowError(
          PROCEDURE_SHEET.name,
          row,
          importMessage('catalog.import_code_repeated', { row: first }),
          PROCEDURE_SHEET.columns.code.header,
        ),
      );
    else firstRow.set(code, row);
    if (!record) bad.add(code);
  }
  const grouped = {
    checklist: groupChildren(DOCUMENT_SHEET, children.checklist, firstRow, bad, errors),
    steps: groupChildren(STEP_SHEET, children.steps, firstRow, bad, errors),
    fees: groupChildren(FEE_SHEET, children.fees, firstRow, bad, errors),
  };
  const candidates: Candidate[] = [];
  for (const { row, code, record } of procedures) {
    if (!record || code === undefined || bad.has(code) || firstRow.get(code) !== row) continue;
    const of = <K extends ChildKey>(key: K) => (grouped[key].get(code) ?? []) as SheetRow<ChildRecord<K>>[];
    const [documents, steps, fees] = [of('checklist'), of('steps'), of('fees')];
    candidates.push({
      code,
      input: candidateOf({
        procedure: record,
        documents: documents.map((r) => r.record!),
        steps: steps.map((r) => r.record!),
        fees: fees.map((r) => r.record!),
      }),
      rows: {
        procedure: row,
        checklist: documents.map((r) => r.row),
        steps: steps.map((r) => r.row),
        fees: fees.map((r) => r.row),
      },
    });
  }
  return { candidates, codes: [...firstRow.keys()], fields, errors };
}

type ChildRecord<K extends ChildKey> = (typeof CHILD_SHEETS)[K] extends SheetSpec<infer R> ? R : never;

/** The rows of a child sheet by procedure code, in their order column's order. */
function groupChildren(
  spec: SheetSpec<{ code: string; order: number }>,
  rows: ChildRow[],
  firstRow: ReadonlyMap<string, number>,
  bad: Set<string>,
  errors: CatalogImportRowError[],
) {
  const byCode = new Map<string, ChildRow[]>();
  const fail = (row: number, reason: string, header: string) => errors.push(rowError(spec.name, row, reason, header));
  for (const child of rows) {
    if (child.code === undefined) continue;
    if (!firstRow.has(child.code)) {
      fail(
        child.row,
        importMessage('catalog.import_code_not_in_sheet', { sheet: PROCEDURE_SHEET.name }),
        spec.columns.code.header,
      );
      continue;
    }
    if (!child.record) bad.add(child.code);
    else if (byCode.has(child.code)) byCode.get(child.code)!.push(child);
    else byCode.set(child.code, [child]);
  }
  for (const [code, list] of byCode) {
    list.sort((a, b) => a.record!.order - b.record!.order || a.row - b.row);
    list.forEach((child, i) => {
      if (i > 0 && list[i - 1]!.record!.order === child.record!.order) {
        fail(child.row, reasonOf('catalog.duplicate'), spec.columns.order.header);
        bad.add(code);
      }
    });
  }
  return byCode;
}
