import {
  buildPublicLookup,
  LOOKUP_THROTTLE,
  phoneMatches,
  recordFailure,
  throttleWait,
  type LookupQuery,
  type PublicLookup,
} from '@motcua/core';
import { AppError } from '../../platform/errors/app-error.ts';
import type { FailureCounts, ReadDeps } from './dossier-deps.ts';
import { createDossierRepo, type StoredDossier } from './dossier-repo.ts';
import { hashLookupSecret } from './lookup-secret.ts';

/** The citizen's look-up (DESIGN §11): code plus secret, or plus the phone's last 4 digits; personal data masked. */
export function createLookupService(
  deps: ReadDeps & {
    /** Failed look-ups are throttled per address with the log-in's counts (auth module). */
    failures: FailureCounts;
  },
) {
  const { failures } = deps;
  const dossiers = createDossierRepo(deps.db);

  /** The dossier a code and its secret (or phone digits) open; every failure counts against the caller's address. */
  async function verify(query: LookupQuery, address: string): Promise<StoredDossier> {
    const key = `lookup:${address}`;
    const at = deps.now().getTime();
    // Both reads at once (one round trip, DESIGN §10's look-up bar); nothing of the dossier leaves before the checks.
    const [counts, d] = await Promise.all([failures.findFailures([key]), dossiers.findByCode(query.code)]);
    if (throttleWait(counts.get(key) ?? null, LOOKUP_THROTTLE, at) > 0) throw new AppError('lookup.throttled');
    const matches =
      d !== undefined &&
      ((query.secret !== undefined && hashLookupSecret(d.code, query.secret) === d.secretHash) ||
        (query.phoneLast4 !== undefined && phoneMatches(d.applicant, query.phoneLast4)));
    if (!d || !matches || d.state.status === 'draft') {
      await failures.addFailure(key, (r) => recordFailure(r, LOOKUP_THROTTLE, at));
      throw new AppError('dossier.lookup_failed');
    }
    return d;
  }

  return {
    verify,
    async lookup(query: LookupQuery, address: string): Promise<PublicLookup> {
      const d = await verify(query, address);
      const [events, clock] = await Promise.all([dossiers.events(d.id), deps.clock()]);
      return buildPublicLookup(clock, {
        state: d.state,
        events,
        code: d.code,
        procedureName: d.procedureName,
        agencyName: d.agency.name,
        applicant: d.applicant,
      });
    },
  };
}
export type LookupService = ReturnType<typeof createLookupService>;
