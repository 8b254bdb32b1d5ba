import type { Fee, OnlineLevel } from '../core.ts';

/**
 * A document of a checklist, written `name|form|count|condition`: form `o` bản chính (default), `c`
 * bản sao có chứng thực, `p` bản sao (photocopy), `x` bản chính shown for comparison and handed back;
 * count 1 by default; with a condition the document is needed only then.
 */
export type Doc = string;

/** A procedure of the real catalog, as the data files write it. */
export type RealProcedure = {
  /** A name for other procedures to refer to it as a partner (liên thông). */
  key?: string;
  name: string;
  /** Working days, or working hours written `'4h'`. */
  limit: number | `${number}h`;
  docs: readonly Doc[];
  fees?: readonly Fee[];
  online?: OnlineLevel;
  level?: 'province' | 'commune';
  legal?: readonly string[];
  partners?: readonly string[];
  cutoff?: string;
  /** The clock restarts with the full limit after a supplement. */
  restart?: boolean;
  /** In force from / until (inclusive); by default from the catalog's start, without end. */
  from?: string;
  to?: string;
};

/** A field (lĩnh vực) with its real procedures and what plausible ones are made of. */
export type FieldData = {
  name: string;
  /** The legal basis of the field, for procedures that give none of their own. */
  legal: readonly string[];
  real: readonly RealProcedure[];
  /** Licences and certificates of the field ("giấy phép hoạt động bến thủy nội địa"), for plausible procedures. */
  subjects: readonly string[];
  /** A larger share of the plausible procedures (Đất đai has many); 1 by default. */
  weight?: number;
  /** Where the field's procedures are resolved by default. */
  level?: 'province' | 'commune';
  /** The applicants are organisations (enterprises, associations): their online form asks for a tax code. */
  organisations?: boolean;
};

/** An agency of 2014 (DESIGN §11) with its fields; `prefix` makes the field codes (`CA-01`). */
export type AgencyData = { slug: string; prefix: string; fields: readonly FieldData[] };

/** Lệ phí (a fee for a state service), fixed; `online` = discount in percent when filed online. */
export function lePhi(name: string, amount: number, online = 0): Fee {
  return { kind: 'fee', name, basis: 'fixed', amount, onlineDiscountPercent: online };
}

/** Phí (a charge for a service rendered), fixed. */
export function phi(name: string, amount: number, online = 0): Fee {
  return { kind: 'charge', name, basis: 'fixed', amount, onlineDiscountPercent: online };
}

/** A fee or charge by case: `[['Nhà ở riêng lẻ', 75_000], …]`. */
export function feeTable(kind: Fee['kind'], name: string, rows: readonly (readonly [string, number])[], online = 0): Fee {
  return { kind, name, basis: 'table', rows: rows.map(([label, amount]) => ({ label, amount })), onlineDiscountPercent: online };
}
