import { z } from 'zod';
import {
  civilFromDay,
  dayFromCivil,
  dayOfInstant,
  daysInMonth,
  formatLocalDate,
  type Instant,
  type LocalDate,
} from '../calendar/local-date.ts';

/**
 * An agency's identifier (QCVN 102:2016/BTTTT, QĐ 20/2020/QĐ-TTg): four dot-separated groups ending
 * with the province's letter and digits, e.g. `000.00.01.A01`. Same pattern as the agency table's check.
 */
export const AgencyCode = z
  .string()
  .regex(/^[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z][0-9]{2}$/, 'dossier.invalid_agency_code');
export type AgencyCode = z.infer<typeof AgencyCode>;

/** The day's sequence of an agency's dossiers: 4 digits (DESIGN §6). */
export const MAX_DOSSIER_SEQUENCE = 9999;

const CODE_PATTERN = /^([0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z][0-9]{2})-(\d{2})(\d{2})(\d{2})-(\d{4})$/;

export type DossierCodeParts = { agencyCode: AgencyCode; date: LocalDate; sequence: number };

/** Splits a code into agency, UTC+7 date (20YY) and sequence; null when it is not a valid code. */
export function parseDossierCode(code: string): DossierCodeParts | null {
  const m = CODE_PATTERN.exec(code);
  if (!m) return null;
  const [year, month, day, sequence] = [2000 + Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || sequence < 1) return null;
  return { agencyCode: m[1] ?? '', date: formatLocalDate(dayFromCivil(year, month, day)), sequence };
}

/** `<agency code>-<YYMMDD>-<NNNN>` (DESIGN §6), e.g. `000.00.01.A01-250310-0001`. */
export const DossierCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine((s) => parseDossierCode(s) !== null, 'dossier.invalid_code');
export type DossierCode = z.infer<typeof DossierCode>;

/** The UTC+7 date a dossier recorded at `at` is numbered under: the key of the per-agency daily sequence. */
export function sequenceDay(at: Instant): LocalDate {
  return formatLocalDate(dayOfInstant(at));
}

export type DossierCodeOutcome =
  { ok: true; dossierCode: DossierCode } | { ok: false; code: 'dossier.sequence_exhausted' };

/**
 * The code of the `sequence`-th dossier (from 1) the agency records on the UTC+7 date of `at`. The
 * 10 000th of a day does not fit four digits: an outcome, not a wrap-around, since codes are never reused.
 */
export function formatDossierCode(agencyCode: AgencyCode, at: Instant, sequence: number): DossierCodeOutcome {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`a dossier sequence starts at 1: ${sequence}`);
  if (sequence > MAX_DOSSIER_SEQUENCE) return { ok: false, code: 'dossier.sequence_exhausted' };
  const { year, month, day } = civilFromDay(dayOfInstant(at));
  const yymmdd = [year % 100, month, day].map((n) => String(n).padStart(2, '0')).join('');
  return { ok: true, dossierCode: `${agencyCode}-${yymmdd}-${String(sequence).padStart(4, '0')}` };
}

/** The first dossier code in scanned or typed text (the counter's QR scanner types into the search box). */
export function findDossierCode(text: string): DossierCode | null {
  const m = /[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z][0-9]{2}-\d{6}-\d{4}/.exec(text.toUpperCase());
  return m && parseDossierCode(m[0]) ? m[0] : null;
}

/** The secret's alphabet: upper-case letters and digits without the look-alikes 0/O, 1/I/L. */
export const LOOKUP_SECRET_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const LOOKUP_SECRET_LENGTH = 6;
/** Random bytes `lookupSecretFrom` needs: 64 bits, so that reducing them to 31⁶ values is unbiased to 1 part in 10¹⁰. */
export const LOOKUP_SECRET_BYTES = 8;

/** The look-up secret printed only on the receipt (DESIGN §6); typed in any case. */
export const LookupSecret = z
  .string()
  .trim()
  .toUpperCase()
  .regex(new RegExp(`^[${LOOKUP_SECRET_ALPHABET}]{${LOOKUP_SECRET_LENGTH}}$`), 'dossier.invalid_secret');
export type LookupSecret = z.infer<typeof LookupSecret>;

/** A 6-character secret from at least `LOOKUP_SECRET_BYTES` random bytes (the caller draws them). */
export function lookupSecretFrom(bytes: Uint8Array): LookupSecret {
  if (bytes.length < LOOKUP_SECRET_BYTES)
    throw new RangeError(`a look-up secret needs ${LOOKUP_SECRET_BYTES} random bytes`);
  let n = 0n;
  for (const b of bytes.subarray(0, LOOKUP_SECRET_BYTES)) n = (n << 8n) | BigInt(b);
  const base = BigInt(LOOKUP_SECRET_ALPHABET.length);
  let secret = '';
  for (let i = 0; i < LOOKUP_SECRET_LENGTH; i++) {
    secret += LOOKUP_SECRET_ALPHABET[Number(n % base)];
    n /= base;
  }
  return secret;
}
