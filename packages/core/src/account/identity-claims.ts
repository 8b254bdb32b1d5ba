import { LocalDate } from '../calendar/local-date.ts';
import { Cccd } from '../dossier/identity.ts';

/**
 * Which claims of the identity provider's answer carry the person (DESIGN §15). The national public service portal's
 * single sign-on names them `SoDinhDanh` (the 12-digit personal identification number, the CCCD's), `HoVaTen` and
 * `NgayThangNamSinh`; a province configures others for another provider.
 */
export type ClaimMapping = { identityNumber: string; fullName: string; birthDate: string };
export const NATIONAL_PORTAL_CLAIMS: ClaimMapping = {
  identityNumber: 'SoDinhDanh',
  fullName: 'HoVaTen',
  birthDate: 'NgayThangNamSinh',
};

export type VerifiedIdentity = { identityNumber: string; fullName: string; birthDate: string | null };

/** `dd/MM/yyyy` (the portal's), `yyyy-MM-dd` or `yyyyMMdd` → `yyyy-MM-dd`; null when it is none of them. */
export function readBirthDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const v = value.trim();
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(v) ?? null;
  const iso = m
    ? `${m[3]}-${m[2]}-${m[1]}`
    : /^\d{8}$/.test(v)
      ? `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6)}`
      : v.slice(0, 10);
  return LocalDate.safeParse(iso).success ? iso : null;
}

/**
 * The person the provider vouches for, or null when its answer has no valid identity number or no name: an account
 * is matched by the number, never by name (DESIGN §15), so a missing number signs no one in. A missing or malformed
 * birth date is only left out.
 */
export function readIdentityClaims(
  claims: Readonly<Record<string, unknown>>,
  mapping: ClaimMapping = NATIONAL_PORTAL_CLAIMS,
): VerifiedIdentity | null {
  const number = claims[mapping.identityNumber];
  const name = claims[mapping.fullName];
  const parsed = Cccd.safeParse(typeof number === 'number' ? String(number).padStart(12, '0') : number);
  if (!parsed.success || typeof name !== 'string' || name.trim() === '') return null;
  return {
    identityNumber: parsed.data,
    fullName: name.trim().replace(/\s+/g, ' '),
    birthDate: readBirthDate(claims[mapping.birthDate]),
  };
}
