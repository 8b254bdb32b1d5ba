import { describe, expect, it } from 'vitest';
import { Fee, feeAmount } from './fee.ts';

const passport = Fee.parse({
  kind: 'fee',
  name: 'Lệ phí cấp hộ chiếu',
  basis: 'fixed',
  amount: 200_000,
  onlineDiscountPercent: 10,
});
const permit = Fee.parse({
  kind: 'fee',
  name: 'Lệ phí cấp giấy phép xây dựng',
  basis: 'table',
  rows: [
    { label: 'Nhà ở riêng lẻ', amount: 75_000 },
    { label: 'Công trình khác', amount: 150_000 },
  ],
  onlineDiscountPercent: 0,
});

describe('feeAmount', () => {
  it('gives the fixed amount, less the online discount when filed online', () => {
    expect(feeAmount(passport, { online: false })).toBe(200_000);
    expect(feeAmount(passport, { online: true })).toBe(180_000);
  });

  it('gives the row of a table, or null without a row that exists', () => {
    expect(feeAmount(permit, { online: false, rowLabel: 'Công trình khác' })).toBe(150_000);
    expect(feeAmount(permit, { online: false })).toBeNull();
    expect(feeAmount(permit, { online: false, rowLabel: 'Cầu' })).toBeNull();
  });

  it('rounds a discounted amount to the đồng', () => {
    const odd = Fee.parse({ ...passport, amount: 50_001, onlineDiscountPercent: 50 });
    expect(feeAmount(odd, { online: true })).toBe(25_001);
  });

  it('refuses negative or fractional amounts and an empty table', () => {
    expect(Fee.safeParse({ ...passport, amount: -1 }).success).toBe(false);
    expect(Fee.safeParse({ ...passport, amount: 0.5 }).success).toBe(false);
    expect(Fee.safeParse({ ...permit, rows: [] }).success).toBe(false);
  });
});
