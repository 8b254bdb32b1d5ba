import type { CatalogImportRowError } from '@motcua/core';
import { FIELD_SHEET, type FieldRecord } from './catalog-workbook.ts';
import { importMessage } from './import-messages.ts';
import { rowError, type SheetRow } from './read-sheet.ts';

export type StoredField = { id: string; code: string; name: string; agencyId: string };
/** What the import does with the "Lĩnh vực" rows: fields to create, fields whose name changed. */
export type FieldPlan = {
  create: { code: string; name: string; agencyId: string }[];
  rename: { id: string; name: string }[];
};

/**
 * Plans the fields of the file against the stored ones: a new code is created under its agency, a known one keeps
 * its agency (a field moving agency would move its procedures' history: refused) and takes the file's name.
 */
export function planFields(
  rows: readonly SheetRow<FieldRecord>[],
  agencies: ReadonlyMap<string, { id: string }>,
  stored: ReadonlyMap<string, StoredField>,
  errors: CatalogImportRowError[],
): FieldPlan {
  const plan: FieldPlan = { create: [], rename: [] };
  const firstRow = new Map<string, number>();
  const columns = FIELD_SHEET.columns;
  for (const { row, record } of rows) {
    if (!record) continue;
    const fail = (reason: string, header: string) => errors.push(rowError(FIELD_SHEET.name, row, reason, header));
    const first = firstRow.get(record.code);
    if (first !== undefined) {
      fail(importMessage('catalog.import_field_repeated', { row: first }), columns.code.header);
      continue;
    }
    firstRow.set(record.code, row);
    const agency = agencies.get(record.agencySlug);
    if (!agency) {
      fail(importMessage('catalog.import_unknown_agency'), columns.agencySlug.header);
      continue;
    }
    const known = stored.get(record.code);
    if (!known) plan.create.push({ code: record.code, name: record.name, agencyId: agency.id });
    else if (known.agencyId !== agency.id)
      fail(importMessage('catalog.import_field_of_other_agency'), columns.agencySlug.header);
    else if (known.name !== record.name) plan.rename.push({ id: known.id, name: record.name });
  }
  return plan;
}
