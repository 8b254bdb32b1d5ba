import { useQuery } from '@tanstack/react-query';
import { OfficerList, type OfficerOption, type OfficerQuery } from '@motcua/core';
import { apiJson, queryString } from './client.ts';

/** A role of an agency's officers, as `GET /officers?role=` takes it. */
export type OfficerRole = NonNullable<OfficerQuery['role']>;

/** Delegations change who is absent: they invalidate every list under this key. */
export const OFFICER_QUERY_KEY = ['officers'] as const;

/** An officer of the picker, with who carries their work while they are away (DESIGN §1). */
export type OfficerChoice = OfficerOption & { absence: { until: string; delegateName: string | null } | null };

function useOfficerList(role: OfficerRole | undefined, enabled = true) {
  return useQuery({
    queryKey: [...OFFICER_QUERY_KEY, role ?? null],
    queryFn: ({ signal }) => apiJson(`/officers?${queryString({ role })}`, OfficerList, { signal }),
    staleTime: 60_000,
    enabled,
  });
}

/**
 * The officers of the reader's agency holding `role` (all of them without one), by name. A delegate
 * holds the absent officer's dossier roles, so their name is usually in the same list; when it is not
 * (an absent head's delegate), the whole agency's list names them.
 */
export function useOfficerChoices(role?: OfficerRole) {
  const list = useOfficerList(role);
  const items = list.data?.items ?? [];
  const known = new Map(items.map((o) => [o.id, o.fullName]));
  const missing = items.some((o) => o.delegateId !== null && !known.has(o.delegateId));
  const everyone = useOfficerList(undefined, role !== undefined && missing);
  for (const o of everyone.data?.items ?? []) known.set(o.id, o.fullName);
  const choices: OfficerChoice[] = items.map((o) => ({
    ...o,
    absence:
      o.absentUntil === null
        ? null
        : { until: o.absentUntil, delegateName: o.delegateId === null ? null : (known.get(o.delegateId) ?? null) },
  }));
  return { choices, isPending: list.isPending, error: list.error };
}
