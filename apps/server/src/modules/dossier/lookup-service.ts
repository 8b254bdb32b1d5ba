import {
  admitWeakTry,
  buildPublicLookup,
  LOOKUP_THROTTLE,
  lookupKeys,
  PHONE_DIGITS_CAP,
  phoneMatches,
  recordFailure,
  releaseWeakTry,
  retryAfterSeconds,
  throttleWait,
  type WeakTry,
  type LookupQuery,
  type PublicLookup,
} from '@motcua/core';
import { AppError } from '../../platform/errors/app-error.ts';
import type { FailureCounts, ReadDeps } from './dossier-deps.ts';
import { dossierClock } from './dossier-clock.ts';
import { createDossierRepo, type StoredDossier } from './dossier-repo.ts';
import { hashLookupSecret } from './lookup-secret.ts';

/** The citizen's look-up (DESIGN §11): code plus secret, or plus the phone's last 4 digits; personal data masked. */
export function createLookupService(
  deps: ReadDeps & {
    /** Failed look-ups are throttled per address, phone digits per code, in the log-in's table (auth module). */
    failures: FailureCounts;
  },
) {
  const { failures } = deps;
  const dossiers = createDossierRepo(deps.db);

  /**
   * The phone digits (weak factor) of an existing dossier, admitted only while its code's cap allows (core
   * `admitWeakTry`: the try is counted before the comparison, given back when right); otherwise 429 telling the
   * citizen to use the receipt's secret. Unknown codes have nothing to protect and are not counted per code.
   */
  async function phoneDigitsMatch(d: StoredDossier | undefined, digits: string, key: string, at: number) {
    if (!d) return false;
    let verdict: WeakTry | undefined;
    await failures.addFailure(key, (r) => (verdict = admitWeakTry(r, PHONE_DIGITS_CAP, at)).record);
    if (verdict && !verdict.admitted) {
      throw new AppError('lookup.phone_digits_disabled', {
        headers: { 'retry-after': retryAfterSeconds(verdict.waitMs) },
      });
    }
    const right = phoneMatches(d.applicant, digits);
    if (right) await failures.addFailure(key, (r) => releaseWeakTry(r, at));
    return right;
  }

  /**
   * The dossier a code and its secret (or phone digits) open; every failure counts against the caller's address.
   * A secret, when given, decides alone: the digits' cap never stands between a citizen and their receipt.
   */
  async function verify(query: LookupQuery, address: string): Promise<StoredDossier> {
    const keys = lookupKeys(query.code, address);
    const at = deps.now().getTime();
    // Both reads at once (one round trip, DESIGN §10's look-up bar); nothing of the dossier leaves before the checks.
    const [counts, d] = await Promise.all([failures.findFailures([keys.address]), dossiers.findByCode(query.code)]);
    const wait = throttleWait(counts.get(keys.address) ?? null, LOOKUP_THROTTLE, at);
    if (wait > 0) throw new AppError('lookup.throttled', { headers: { 'retry-after': retryAfterSeconds(wait) } });
    const open = d !== undefined && d.state.status !== 'draft';
    const matches =
      query.secret !== undefined
        ? open && hashLookupSecret(d.code, query.secret) === d.secretHash
        : await phoneDigitsMatch(open ? d : undefined, query.phoneLast4 ?? '', keys.phoneDigits, at);
    if (!d || !matches) {
      await failures.addFailure(keys.address, (r) => recordFailure(r, LOOKUP_THROTTLE, at));
      throw new AppError('dossier.lookup_failed');
    }
    return d;
  }

  return {
    verify,
    async lookup(query: LookupQuery, address: string): Promise<PublicLookup> {
      const d = await verify(query, address);
      const [events, clocks] = await Promise.all([dossiers.events(d.id), deps.clocks()]);
      return buildPublicLookup(dossierClock(clocks, d), {
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
