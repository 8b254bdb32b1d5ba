import { createHash, randomBytes } from 'node:crypto';
import { LOOKUP_SECRET_BYTES, lookupSecretFrom } from '@motcua/core';

/** Random bytes: the system's, or a test's own. */
export type RandomBytes = (bytes: number) => Uint8Array;

/** A new look-up secret in clear, to show once; only `hashLookupSecret` of it is stored. */
export const newLookupSecret = (random: RandomBytes = randomBytes): string =>
  lookupSecretFrom(random(LOOKUP_SECRET_BYTES));

/**
 * The look-up secret is printed once, on the receipt (DESIGN §6); the table keeps only this hash,
 * salted with the dossier's code so that equal secrets of two dossiers hash apart.
 */
export const hashLookupSecret = (code: string, secret: string): string =>
  createHash('sha256').update(`${code}\u0000${secret.toUpperCase()}`).digest('hex');
