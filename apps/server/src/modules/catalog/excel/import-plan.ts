import {
  latestVersion,
  ProcedureContent,
  reviseProcedure,
  versionInForce,
  type LocalDate,
  type Procedure,
  type ProcedureVersion,
} from '@motcua/core';

export type StoredProcedure = { id: string; procedure: ProcedureVersion };

/** What the import does with one procedure of the file (DESIGN §4: a change is a new version). */
export type Change =
  | { kind: 'create'; next: ProcedureVersion }
  | { kind: 'revise'; previousId: string; previous: ProcedureVersion; next: ProcedureVersion }
  | { kind: 'unchanged' }
  | { kind: 'too_early' };

/**
 * A new code is version 1 from its date. A known code is compared with its version in force today
 * (or its latest, when none is): the same content changes nothing; another content is the next
 * version from the row's date, which must come after the latest version's start.
 */
export function planChange(p: Procedure, stored: readonly StoredProcedure[], today: LocalDate): Change {
  const { code, version: _version, effectiveFrom, effectiveTo: _to, ...content } = p;
  const latest = latestVersion(stored.map((s) => ({ ...s, version: s.procedure.version })));
  if (!latest) return { kind: 'create', next: { ...content, code, version: 1, effectiveFrom, effectiveTo: null } };
  const base =
    versionInForce(
      stored.map((s) => s.procedure),
      today,
    ) ?? latest.procedure;
  if (sameContent(base, content)) return { kind: 'unchanged' };
  const revision = reviseProcedure(latest.procedure, content, effectiveFrom);
  if (!revision.ok) return { kind: 'too_early' };
  return { kind: 'revise', previousId: latest.id, previous: revision.previous, next: revision.next };
}

/** Contents compared as the core reads them: key order (jsonb keeps its own) and absent options aside. */
export function sameContent(a: unknown, b: unknown): boolean {
  const left = ProcedureContent.safeParse(a);
  const right = ProcedureContent.safeParse(b);
  return left.success && right.success && canonical(left.data) === canonical(right.data);
}

const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
