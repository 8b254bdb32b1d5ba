/**
 * Text folding for search (DESIGN §12): the server stores `foldText` of each procedure in a column
 * indexed with pg_trgm and folds the query the same way, so that "ho chieu" finds "Cấp hộ chiếu phổ
 * thông". It runs here, in JavaScript, not as SQL `unaccent()`: that function is not IMMUTABLE and
 * its rules could differ between PGlite and the PostgreSQL server; one function gives one column.
 */

// Combining marks of any script (Vietnamese tones, circumflex, breve, horn…), after NFD.
const MARKS = /\p{M}+/gu;
// đ does not decompose under NFD: it is a letter of its own, folded by hand.
const D_STROKE = /đ/g;
const SPACE_RUN = /\s+/g;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/**
 * Lower-case, without diacritics, đ → d, runs of white space as one space, trimmed. Idempotent; never
 * more characters (code points, as PostgreSQL counts them) than its input; ASCII for Vietnamese text.
 * Letters of other scripts are kept, recomposed with NFC (a Hangul syllable stays one character).
 */
export function foldText(s: string): string {
  const lower = s.toLowerCase();
  // Fast path: plain ASCII has nothing to decompose (codes, most queries typed without accents).
  const bare = ASCII_ONLY.test(lower)
    ? lower
    : lower.normalize('NFD').replace(MARKS, '').normalize('NFC').replace(D_STROKE, 'd');
  return bare.replace(SPACE_RUN, ' ').trim();
}

/** What the stored search text of a procedure is made of (the names as shown today). */
export type ProcedureSearchSource = { name: string; code: string; agencyName: string; fieldName: string };

/**
 * The folded search text stored with a procedure: its name first (the best match for a query),
 * then its code, its agency's name and its field's name.
 */
export function procedureSearchText(p: ProcedureSearchSource): string {
  return foldText(`${p.name} ${p.code} ${p.agencyName} ${p.fieldName}`);
}
