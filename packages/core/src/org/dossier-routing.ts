import type { LocalDate } from '../calendar/local-date.ts';
import { isInForce } from '../catalog/versioning.ts';
import type { CenterLevel } from './org-api.ts';

/** A center as routing reads it: its identifier, level and effective period. */
export type RoutingCenter = {
  id: string;
  code: string;
  level: CenterLevel;
  effectiveFrom: LocalDate;
  effectiveTo: LocalDate | null;
};

/** The agency competent for the procedure on the reception day, and the center it belongs to. */
export type CompetentAgency = { id: string; code: string; centerId: string };

export type Routing =
  | {
      ok: true;
      /** Where the dossier is worked on and counted: the competent agency's center (its inbox, its statistics). */
      centerId: string;
      /** Where it was received: the unit of its code and receipt, where the result is returned. */
      receivedCenterId: string;
      /** The identifier its code begins with; the day's sequence runs per identifier (DESIGN §6). */
      unitCode: string;
      /** Received at one center and worked on at another: the control sheet shows the hand-over. */
      routed: boolean;
    }
  | { ok: false; code: 'org.center_closed' };

/**
 * DESIGN §4, §13 (Decree 118/2025 art. 4, "phi địa giới"; before 2025-07-01 the district centers did the same for
 * the province's procedures they received): a center receives any procedure of the province and routes the dossier to
 * the competent agency's center. Its code uses the receiving unit's identifier — the agency's when received where the
 * agency works (the province center), the branch's own four-group identifier when routed from a district or commune
 * center. A closed center receives nothing.
 */
export function routeDossier(receiving: RoutingCenter, agency: CompetentAgency, day: LocalDate): Routing {
  if (!isInForce(receiving, day)) return { ok: false, code: 'org.center_closed' };
  const routed = agency.centerId !== receiving.id;
  // Received for its own agency (the province center's, or a center's own), the agency numbers it.
  return {
    ok: true,
    centerId: agency.centerId,
    receivedCenterId: receiving.id,
    unitCode: routed ? receiving.code : agency.code,
    routed,
  };
}
