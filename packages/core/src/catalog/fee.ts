import { z } from 'zod';
import { requiredText } from '../validation.ts';

/** Luật Phí và lệ phí 2015 art. 3: `fee` = lệ phí (for a state service), `charge` = phí (for a service rendered). */
export const FeeKind = z.enum(['fee', 'charge']);
export type FeeKind = z.infer<typeof FeeKind>;

/** An amount in đồng: whole, not negative. */
export const Vnd = z.number().int().min(0).max(1_000_000_000_000);
export type Vnd = z.infer<typeof Vnd>;

/** One row of a fee table, e.g. "Nhà ở riêng lẻ" → 75.000. */
export const FeeRow = z.object({ label: requiredText(300), amount: Vnd });
export type FeeRow = z.infer<typeof FeeRow>;

const feeBase = {
  kind: FeeKind,
  name: requiredText(300),
  /** Reduction when filed online, in percent (100 = free online, as for business registration). */
  onlineDiscountPercent: z.number().min(0).max(100),
};

/** A fee or charge of a procedure (DESIGN §6): one fixed amount, or a table of amounts by case. */
export const Fee = z.discriminatedUnion('basis', [
  z.object({ ...feeBase, basis: z.literal('fixed'), amount: Vnd }),
  z.object({ ...feeBase, basis: z.literal('table'), rows: z.array(FeeRow).min(1).max(50) }),
]);
export type Fee = z.infer<typeof Fee>;

/**
 * The amount to pay: the fixed amount or the row with `rowLabel`, less the online discount (rounded to
 * the đồng). Null when a table fee is asked without a row that exists.
 */
export function feeAmount(fee: Fee, options: { online: boolean; rowLabel?: string }): Vnd | null {
  const base = fee.basis === 'fixed' ? fee.amount : fee.rows.find((r) => r.label === options.rowLabel)?.amount;
  if (base === undefined) return null;
  return options.online ? Math.round((base * (100 - fee.onlineDiscountPercent)) / 100) : base;
}
