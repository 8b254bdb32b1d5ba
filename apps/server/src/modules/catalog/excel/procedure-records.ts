import type { ChecklistItem, Fee, Procedure, ProcedureStep } from '@motcua/core';
import type { DocumentRecord, FeeRecord, ProcedureRecord, StepRecord } from './catalog-workbook.ts';

export type ProcedureRecords = {
  procedure: ProcedureRecord;
  documents: DocumentRecord[];
  steps: StepRecord[];
  fees: FeeRecord[];
};

/** A version as the rows of the workbook: the export writes them, the import reads them back. */
export function recordsOf(p: Procedure): ProcedureRecords {
  const { code } = p;
  return {
    procedure: {
      code,
      name: p.name,
      agencySlug: p.agencySlug,
      fieldCode: p.fieldCode,
      level: p.level,
      timeLimitValue: p.timeLimit.value,
      timeLimitUnit: p.timeLimit.unit,
      cutoffTime: p.cutoffTime,
      suspensionMode: p.suspensionMode,
      onlineLevel: p.onlineLevel,
      resultDelivery: p.resultDelivery,
      legalBasis: p.legalBasis,
      formFields: p.formFields,
      partnerCodes: p.partnerCodes,
      effectiveFrom: p.effectiveFrom,
    },
    documents: p.checklist.map((d, i) => ({
      code,
      order: i + 1,
      name: d.name,
      form: d.form,
      count: d.count,
      required: d.required,
      condition: d.condition,
      note: d.note,
    })),
    steps: p.steps.map((s, i) => ({ code, order: i + 1, name: s.name, role: s.role, budgetMinutes: s.budgetMinutes })),
    fees: p.fees.map((f, i) => ({
      code,
      order: i + 1,
      kind: f.kind,
      name: f.name,
      basis: f.basis,
      amount: f.basis === 'fixed' ? f.amount : undefined,
      rows: f.basis === 'table' ? f.rows : [],
      onlineDiscountPercent: f.onlineDiscountPercent,
    })),
  };
}

/**
 * The version the rows describe, unchecked: the core's `Procedure` schema checks it next. Its number
 * and end are placeholders; the import decides them against the versions stored.
 */
export function candidateOf(r: ProcedureRecords): Record<string, unknown> {
  const { procedure: p } = r;
  const checklist = r.documents.map((d): Partial<ChecklistItem> => ({
    name: d.name,
    form: d.form,
    count: d.count,
    required: d.required,
    ...(d.condition === undefined ? {} : { condition: d.condition }),
    ...(d.note === undefined ? {} : { note: d.note }),
  }));
  const steps = r.steps.map((s): ProcedureStep => ({ name: s.name, role: s.role, budgetMinutes: s.budgetMinutes }));
  const fees = r.fees.map((f): Partial<Fee> => {
    const base = { kind: f.kind, name: f.name, onlineDiscountPercent: f.onlineDiscountPercent };
    return f.basis === 'fixed'
      ? { ...base, basis: 'fixed', ...(f.amount === undefined ? {} : { amount: f.amount }) }
      : { ...base, basis: 'table', rows: f.rows };
  });
  return {
    code: p.code,
    version: 1,
    effectiveFrom: p.effectiveFrom,
    effectiveTo: null,
    name: p.name,
    agencySlug: p.agencySlug,
    fieldCode: p.fieldCode,
    level: p.level,
    timeLimit: { value: p.timeLimitValue, unit: p.timeLimitUnit },
    cutoffTime: p.cutoffTime,
    suspensionMode: p.suspensionMode,
    steps,
    checklist,
    fees,
    onlineLevel: p.onlineLevel,
    resultDelivery: p.resultDelivery,
    legalBasis: p.legalBasis,
    formFields: p.formFields,
    partnerCodes: p.partnerCodes,
  };
}
