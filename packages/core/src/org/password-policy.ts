/**
 * The password policy (DESIGN §13): at least 12 characters, not a common password, not the username. It applies
 * when a password is set (create, change, reset, the e-mailed link), never at log-in: a password set before the
 * policy, or the demo's shared one, still signs in.
 */
export const MIN_PASSWORD_LENGTH = 12;

export type PasswordVerdict = { ok: true } | { ok: false; code: PasswordProblem };
export type PasswordProblem = 'password.too_short' | 'password.too_common' | 'password.contains_username';

/**
 * Common choices of Vietnamese users that the international lists miss (the leaked-password lists are mostly
 * English): checked beside the list the server passes in.
 */
const VIETNAMESE_COMMON = [
  'matkhau',
  'motcua',
  'vietnam',
  'anhyeuem',
  'emyeuanh',
  'iloveyou',
  'hanoi',
  'saigon',
  'quantri',
  'admin',
  'password',
];

/** Letters and digits only, lower case: "Mật-khẩu 123" and "matkhau123" are one password to a guesser. */
const skeleton = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** A common word with only digits or punctuation around it ("Matkhau@123456", "motcua2026!!"). */
function isVariantOfCommon(password: string): boolean {
  const core = skeleton(password).replace(/^\d+|\d+$/g, '');
  return core.length === 0 || VIETNAMESE_COMMON.includes(core) || /^(.)\1*$/.test(skeleton(password));
}

/**
 * Decides whether `password` may be set for `username`. `isCommon` answers from a list of leaked passwords (the
 * server loads one from npm; the core ships no data of that size).
 */
export function checkPassword(
  password: string,
  username: string,
  isCommon: (lowerCase: string) => boolean,
): PasswordVerdict {
  if ([...password].length < MIN_PASSWORD_LENGTH) return { ok: false, code: 'password.too_short' };
  const user = skeleton(username);
  if (user.length >= 3 && skeleton(password).includes(user)) return { ok: false, code: 'password.contains_username' };
  if (isCommon(password.toLowerCase()) || isVariantOfCommon(password))
    return { ok: false, code: 'password.too_common' };
  return { ok: true };
}
