import { foldText, procedureSearchText, type AgencyRef, type FieldRef, type Procedure } from '@motcua/core';
import type { procedureVersion } from '../../db/schema/index.ts';

type Row = typeof procedureVersion.$inferSelect;
type NewRow = typeof procedureVersion.$inferInsert;

/** A stored version back to the core's Procedure: identity and period from columns, the rest from content. */
export function procedureOf(
  row: Pick<Row, 'code' | 'version' | 'effectiveFrom' | 'effectiveTo' | 'content'>,
): Procedure {
  return {
    ...row.content,
    code: row.code,
    version: row.version,
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
  };
}

/** The row of a version: the listed and searched columns are copies of the content, folded by the core. */
export function rowOf(
  p: Procedure,
  refs: {
    centerId: string;
    agencyId: string;
    fieldId: string;
    agency: AgencyRef;
    field: FieldRef;
    createdAt: Date;
    createdBy: string | null;
  },
): NewRow {
  const { code, version, effectiveFrom, effectiveTo, ...content } = p;
  return {
    centerId: refs.centerId,
    code,
    version,
    effectiveFrom,
    effectiveTo,
    agencyId: refs.agencyId,
    fieldId: refs.fieldId,
    name: p.name,
    nameFolded: foldText(p.name),
    searchText: procedureSearchText({ name: p.name, code, agencyName: refs.agency.name, fieldName: refs.field.name }),
    level: p.level,
    onlineLevel: p.onlineLevel,
    timeLimitValue: p.timeLimit.value,
    timeLimitUnit: p.timeLimit.unit,
    content,
    createdAt: refs.createdAt,
    createdBy: refs.createdBy,
  };
}
