import { APPLICANT_SIDE, type HandOverRow } from '@motcua/core';

/** Who signs one side of a hand-over: the applicant, or an officer (unknown: null, signed by hand). */
export type Signer = 'applicant' | { officerId: string | null };

export type SignedHandOver = HandOverRow & { giver: Signer; receiver: Signer };

/** The control sheet's rows (core `handOversOf` decides who signs) with the applicant's side marked as such. */
export function signedHandOvers(rows: readonly HandOverRow[]): SignedHandOver[] {
  const side = (label: string, officerId: string | null): Signer =>
    label === APPLICANT_SIDE ? 'applicant' : { officerId };
  return rows.map((row) => ({ ...row, giver: side(row.from, row.giverId), receiver: side(row.to, row.receiverId) }));
}
