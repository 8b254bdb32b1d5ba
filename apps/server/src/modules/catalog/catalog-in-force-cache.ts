import type { LocalDate } from '@motcua/core';
import { createRulesCache, type RulesWatch } from '../../platform/notify/rules-watch.ts';
import type { CatalogRepo, StoredVersion } from './catalog-repo.ts';

/**
 * The catalog as receptions read it: the version of a procedure in force on a day is read once and kept
 * while the rules watch hears no change to the catalog (a reception then asks the database nothing about
 * its procedure). Everything else reads through.
 */
export function withInForceCache(repo: CatalogRepo, rules: RulesWatch | undefined): CatalogRepo {
  const inForce = createRulesCache<StoredVersion | undefined>(rules);
  return {
    ...repo,
    findInForce: (code: string, on: LocalDate) => inForce(`${code}|${on}`, () => repo.findInForce(code, on)),
  };
}
