import { civilFromDay, dayOfInstant, UTC_OFFSET_MS } from '@motcua/core';

const two = (n: number) => String(n).padStart(2, '0');

/** "10 giờ 05 phút, ngày 10 tháng 03 năm 2025" at UTC+7, as official forms write a moment. */
export function vietnameseMoment(at: Date): string {
  const local = new Date(at.getTime() + UTC_OFFSET_MS);
  const { year, month, day } = civilFromDay(dayOfInstant(at.getTime()));
  return `${two(local.getUTCHours())} giờ ${two(local.getUTCMinutes())} phút, ngày ${two(day)} tháng ${two(month)} năm ${year}`;
}

/** "ngày 10 tháng 03 năm 2025" at UTC+7. */
export function vietnameseDate(at: Date): string {
  const { year, month, day } = civilFromDay(dayOfInstant(at.getTime()));
  return `ngày ${two(day)} tháng ${two(month)} năm ${year}`;
}

/**
 * The place a document is signed at (NĐ 30/2020/NĐ-CP, Phụ lục I: the province of the issuing body, the last named): "Bắc Ninh"
 * for "Trung tâm Phục vụ hành chính công tỉnh Bắc Ninh"; the issuer itself when it names no province or city.
 */
export function placeOf(issuer: string): string {
  return /.*(?:tỉnh|thành phố)\s+(.+)$/iu.exec(issuer)?.[1] ?? issuer;
}

/** "10:05 10/03/2025" at UTC+7, for tables. */
export function shortMoment(at: Date): string {
  const local = new Date(at.getTime() + UTC_OFFSET_MS);
  const { year, month, day } = civilFromDay(dayOfInstant(at.getTime()));
  return `${two(local.getUTCHours())}:${two(local.getUTCMinutes())} ${two(day)}/${two(month)}/${year}`;
}

/** "200.000 đồng": an amount as Vietnamese forms write it, thousands grouped with dots. */
export const vnd = (amount: number): string => `${amount.toLocaleString('vi-VN')} đồng`;

export const DOCUMENT_FORM_NAMES = {
  original: 'Bản chính',
  certified_copy: 'Bản sao chứng thực',
  photocopy: 'Bản sao',
} as const;
export const LIMIT_UNIT_NAMES = { days: 'ngày làm việc', hours: 'giờ làm việc' } as const;
