import { checkPassword, type PasswordProblem } from '@motcua/core';

/**
 * The leaked-password list of zxcvbn-ts (about 50 000 entries), lower-cased. Loaded on first use, once: most
 * requests never set a password, and the list is a few MB in memory.
 */
let common: Promise<Set<string>> | undefined;
const commonPasswords = (): Promise<Set<string>> =>
  (common ??= import('@zxcvbn-ts/language-common').then(
    ({ dictionary }) => new Set(dictionary['passwords-common'].map((p) => p.toLowerCase())),
  ));

/**
 * Why `password` may not be set for `username`, or null (core `checkPassword`, DESIGN §13). Applies when a password
 * is set — create, reset, change, the e-mailed link — never at log-in.
 */
export async function passwordProblem(password: string, username: string): Promise<PasswordProblem | null> {
  const list = await commonPasswords();
  const verdict = checkPassword(password, username, (lower) => list.has(lower));
  return verdict.ok ? null : verdict.code;
}
