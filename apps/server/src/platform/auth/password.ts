import { hash, verify } from '@node-rs/argon2';

// argon2id (DESIGN §10) with the library's defaults (OWASP: m=19 MiB, t=2, p=1).
export const hashPassword = (password: string): Promise<string> => hash(password, { algorithm: 2 });

/**
 * The stored hash of an account that has no password (made by the national identity log-in, DESIGN §15): no argon2
 * hash looks like it, so no password matches; the decoy is verified instead so that timing tells nothing.
 */
export const NO_PASSWORD = '!';

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  if (passwordHash === NO_PASSWORD) {
    await verifyPassword(await decoyHash(), password);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the account does not exist, so that timing does not reveal usernames. */
let decoy: Promise<string> | undefined;
export const decoyHash = (): Promise<string> => (decoy ??= hashPassword('decoy-password-never-valid'));
