import { createHash } from 'node:crypto';

/**
 * The look-up secret is printed once, on the receipt (DESIGN §6); the table keeps only this hash,
 * salted with the dossier's code so that equal secrets of two dossiers hash apart.
 */
export const hashLookupSecret = (code: string, secret: string): string =>
  createHash('sha256').update(`${code}\u0000${secret.toUpperCase()}`).digest('hex');
