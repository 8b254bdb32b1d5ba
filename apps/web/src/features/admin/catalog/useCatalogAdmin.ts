import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ProcedureDetail,
  ProcedureVersionSummary,
  type CreateProcedureRequest,
  type ReviseProcedureRequest,
  type RetireProcedureRequest,
} from '@motcua/core';
import { CATALOG_QUERY_KEY, catalogKeys } from '../../../api/catalog.ts';
import { apiJson, apiVoid } from '../../../api/client.ts';

const VersionList = ProcedureVersionSummary.array();
const path = (code: string) => `/procedures/${encodeURIComponent(code)}`;

/** After any change the searches, the procedure pages and the version histories are read again. */
function useInvalidateCatalog() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: CATALOG_QUERY_KEY });
}

/** Every version of a procedure, newest first (admin). */
export function useProcedureVersions(code: string) {
  return useQuery({
    queryKey: catalogKeys.versions(code),
    queryFn: ({ signal }) => apiJson(`${path(code)}/versions`, VersionList, { signal }),
  });
}

/** One version of a procedure as it was entered (admin); nothing is asked before the version is known. */
export function useProcedureVersion(code: string, version: number | undefined) {
  return useQuery({
    queryKey: catalogKeys.version(code, version ?? 0),
    queryFn: ({ signal }) => apiJson(`${path(code)}/versions/${version}`, ProcedureDetail, { signal }),
    enabled: version !== undefined,
  });
}

export function useCreateProcedure() {
  const invalidate = useInvalidateCatalog();
  return useMutation({
    mutationFn: (request: CreateProcedureRequest) =>
      apiJson('/procedures', ProcedureDetail, { method: 'POST', body: request }),
    onSuccess: invalidate,
  });
}

/**
 * A new version on top of `baseVersion`; a stale base gets 409 `catalog.version_conflict`. The
 * catalog is read again without waiting: the new version replaces the editor (keyed by version),
 * which would otherwise be gone before the caller's `onSuccess` runs.
 */
export function useReviseProcedure(code: string) {
  const invalidate = useInvalidateCatalog();
  return useMutation({
    mutationFn: (request: ReviseProcedureRequest) =>
      apiJson(path(code), ProcedureDetail, { method: 'PUT', body: request }),
    onSuccess: () => void invalidate(),
  });
}

/** Ends the latest version after `effectiveTo`; read again without waiting, as for a revision. */
export function useRetireProcedure(code: string) {
  const invalidate = useInvalidateCatalog();
  return useMutation({
    mutationFn: (request: RetireProcedureRequest) => apiVoid(`${path(code)}/retire`, { method: 'POST', body: request }),
    onSuccess: () => void invalidate(),
  });
}
