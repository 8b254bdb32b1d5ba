import { foldText } from '@motcua/core';
import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

// SQL translate() folds Vietnamese letters as core foldText does; it is IMMUTABLE, unlike unaccent() (DESIGN §12).
const VIETNAMESE = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ';
const FOLDED = [...VIETNAMESE].map(foldText).join('');

/** A column folded for a search that ignores diacritics and case ("ho chieu" finds "Cấp hộ chiếu"). */
export const foldedSql = (column: SQL | AnyPgColumn): SQL => sql`translate(lower(${column}), ${VIETNAMESE}, ${FOLDED})`;
