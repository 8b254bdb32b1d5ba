import type { LocalDate } from '@motcua/core';
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { resultRows } from '../../db/result-rows.ts';

/** The catalog's share of the index inputs: the procedures in force counted by what QĐ 766 asks of them. */
export type ProcedureCounts = {
  inForce: number;
  onlineFull: number;
  onlinePartial: number;
  withFee: number;
  complete: number;
};
/**
 * The dossiers' share: received in the period (with a fee; digitised; reusing digitised data), and results issued in it
 * (electronically).
 */
export type DossierCounts = {
  received: number;
  withFee: number;
  digitised: number;
  reusing: number;
  results: number;
  electronic: number;
};
type Counts = Record<string, number | undefined>;

/** Rows of the agency of `slug` when one is asked for, else of all. */
/**
 * Circular 03/2025 art. 5 (DESIGN §16): a dossier is digitised when its papers are held electronically, scanned at
 * reception or given online. It reuses digitised data (QĐ 766, DESIGN §15) when a document came from the citizen's store
 * already used before or issued as a result: given without being asked again (two dossiers at one instant: the first by id).
 */
const digitised = sql`exists (select 1 from dossier_document dd where dd.dossier_id = dossier.id
  and dd.kind in ('scan', 'digitised_original'))`;
const reusing = sql`exists (select 1 from dossier_document dd join citizen_document cd on cd.id = dd.citizen_document_id
  where dd.dossier_id = dossier.id and (cd.source = 'result' or exists (select 1 from dossier_document earlier
    where earlier.citizen_document_id = cd.id and (earlier.uploaded_at, earlier.dossier_id) < (dd.uploaded_at, dd.dossier_id))))`;

const ofAgency = (slug: string | undefined) =>
  slug ? sql`and agency_id = (select id from agency where slug = ${slug} limit 1)` : sql``;

/** What the national index counts beyond Biểu II.06a (DESIGN §7), one aggregate query each. */
export function createNationalIndexRepo(db: Executor) {
  const one = async (query: SQL): Promise<Counts> => resultRows<Counts>(await db.execute(query))[0] ?? {};

  return {
    /** Versions in force on `on`: all, fully or partly online, with a fee, and with checklist, steps and legal basis. */
    async procedureCounts(on: LocalDate, agencySlug: string | undefined): Promise<ProcedureCounts> {
      const r = await one(sql`
        select count(*)::int as "inForce",
          count(*) filter (where online_level = 'full')::int as "onlineFull",
          count(*) filter (where online_level = 'partial')::int as "onlinePartial",
          count(*) filter (where jsonb_array_length(content->'fees') > 0)::int as "withFee",
          count(*) filter (where jsonb_array_length(content->'checklist') > 0 and jsonb_array_length(content->'steps') > 0 and jsonb_array_length(content->'legalBasis') > 0)::int as "complete"
        from procedure_version
        where effective_from <= ${on} and (effective_to is null or effective_to >= ${on}) ${ofAgency(agencySlug)}`);
      return {
        inForce: r.inForce ?? 0,
        onlineFull: r.onlineFull ?? 0,
        onlinePartial: r.onlinePartial ?? 0,
        withFee: r.withFee ?? 0,
        complete: r.complete ?? 0,
      };
    },

    /** Dossiers (a composite one once) received in [start, end), with a fee; decided in it, and delivered electronically. */
    async dossierCounts(start: Date, end: Date, agencySlug: string | undefined): Promise<DossierCounts> {
      const r = await one(sql`
        select count(*) filter (where received_at >= ${start} and received_at < ${end})::int as received,
          count(*) filter (where received_at >= ${start} and received_at < ${end} and details->'feePayment' is not null and details->'feePayment' <> 'null'::jsonb)::int as "withFee",
          count(*) filter (where received_at >= ${start} and received_at < ${end} and ${digitised})::int as digitised,
          count(*) filter (where received_at >= ${start} and received_at < ${end} and ${reusing})::int as reusing,
          count(*) filter (where resolved_at >= ${start} and resolved_at < ${end} and resolution = 'decided')::int as results,
          count(*) filter (where resolved_at >= ${start} and resolved_at < ${end} and resolution = 'decided' and details->>'resultDelivery' = 'electronic')::int as electronic
        from dossier
        where parent_id is null and ((received_at >= ${start} and received_at < ${end}) or (resolved_at >= ${start} and resolved_at < ${end})) ${ofAgency(agencySlug)}`);
      return {
        received: r.received ?? 0,
        withFee: r.withFee ?? 0,
        digitised: r.digitised ?? 0,
        reusing: r.reusing ?? 0,
        results: r.results ?? 0,
        electronic: r.electronic ?? 0,
      };
    },

    async findAgencyId(slug: string): Promise<string | null> {
      const [row] = resultRows<{ id: string }>(
        await db.execute(sql`select id from agency where slug = ${slug} limit 1`),
      );
      return row?.id ?? null;
    },
  };
}
