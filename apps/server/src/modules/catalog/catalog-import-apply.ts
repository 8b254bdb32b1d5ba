import type { ProcedureVersion } from '@motcua/core';
import type { Database } from '../../db/database.ts';
import { changingRules, type RulesWatch } from '../../platform/notify/rules-watch.ts';
import { createCatalogRepo } from './catalog-repo.ts';
import type { CatalogRefs } from './excel/check-procedure.ts';
import type { FieldPlan, StoredField } from './excel/field-plan.ts';
import type { Change } from './excel/import-plan.ts';
import type { Candidate } from './excel/read-workbook.ts';
import { rowOf } from './procedure-row.ts';

export type ImportWrite = { candidate: Candidate; change: Extract<Change, { kind: 'create' | 'revise' }> };
/** A field the file creates is known by code before it has an id: this one, replaced once it is written. */
export const PENDING_FIELD_ID = 'pending';
export type ImportRefs = Omit<CatalogRefs, 'agencies' | 'fields'> & {
  agencies: Map<string, { id: string; code: string; slug: string; name: string }>;
  fields: Map<string, StoredField>;
};

/**
 * Applies a checked import in one transaction, only `tx` inside: the fields first (procedures name them), then the
 * versions. The versions found stale (changed since the check) write nothing, and are returned.
 */
export function createImportApply(deps: { db: Database; now: () => Date; rules?: RulesWatch }) {
  return async function apply(
    writes: ImportWrite[],
    fields: FieldPlan,
    centerId: string,
    refs: ImportRefs,
    actor: { userId: string },
  ): Promise<ImportWrite[]> {
    if (writes.length === 0 && fields.create.length === 0 && fields.rename.length === 0) return [];
    const createdAt = deps.now();
    const rowFor = (p: ProcedureVersion) => {
      const agency = refs.agencies.get(p.agencySlug)!;
      const field = refs.fields.get(p.fieldCode)!;
      return rowOf(p, {
        centerId,
        agencyId: agency.id,
        fieldId: field.id,
        agency,
        field,
        createdAt,
        createdBy: actor.userId,
      });
    };
    return changingRules(deps.rules, () =>
      deps.db.transaction(async (tx) => {
        const repo = createCatalogRepo(tx);
        const latest = await repo.latestVersionNumbers(writes.map((w) => w.candidate.code));
        const stale = writes.filter((w) => (latest.get(w.candidate.code) ?? 0) !== w.change.next.version - 1);
        if (stale.length > 0) return stale;
        if (fields.create.length > 0)
          for (const made of await repo.insertFields(fields.create.map((f) => ({ ...f, centerId }))))
            refs.fields.set(made.code, made);
        for (const { id, name } of fields.rename) await repo.renameField(id, name);
        await repo.endVersions(
          writes.flatMap((w) =>
            w.change.kind === 'revise'
              ? [{ id: w.change.previousId, effectiveTo: w.change.previous.effectiveTo! }]
              : [],
          ),
        );
        if (writes.length > 0) await repo.insertVersions(writes.map((w) => rowFor(w.change.next)));
        return [];
      }),
    );
  };
}
