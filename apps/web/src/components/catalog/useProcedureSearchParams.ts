import { useSearchParams } from 'react-router-dom';
import { ProcedureSearchQuery } from '@motcua/core';
import type { ProcedureSearch } from '../../api/catalog.ts';
import { withChanges } from '../url-search.ts';

export const PAGE_SIZES = [10, 20, 50, 100] as const;
type SearchKey = keyof ProcedureSearch;
const KEYS = [
  'q',
  'agency',
  'field',
  'level',
  'onlineLevel',
  'page',
  'pageSize',
] as const satisfies readonly SearchKey[];

/** One parameter of the URL, if the search query's schema accepts it; a bad one is ignored, not an error. */
function param<K extends SearchKey>(params: URLSearchParams, key: K): ProcedureSearchQuery[K] | undefined {
  const raw = params.get(key);
  if (raw === null || raw === '') return undefined;
  const parsed = ProcedureSearchQuery.shape[key].safeParse(raw);
  return parsed.success ? (parsed.data as ProcedureSearchQuery[K]) : undefined;
}

/**
 * The catalog search kept in the URL (`/thu-tuc?q=ho+chieu&agency=congan&page=2`), so that a link
 * shares it; any change but the page goes back to page 1.
 */
export function useProcedureSearchParams(
  defaultPageSize = 20,
): [ProcedureSearch, (changes: Partial<Record<SearchKey, string | number | undefined>>) => void] {
  const [params, setParams] = useSearchParams();
  const pageSize = param(params, 'pageSize');
  const search: ProcedureSearch = {
    q: param(params, 'q') || undefined,
    agency: param(params, 'agency'),
    field: param(params, 'field'),
    level: param(params, 'level'),
    onlineLevel: param(params, 'onlineLevel'),
    page: param(params, 'page') ?? 1,
    pageSize:
      pageSize !== undefined && (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : defaultPageSize,
  };
  const update = (changes: Partial<Record<SearchKey, string | number | undefined>>) =>
    setParams((prev) => withChanges(prev, KEYS, changes), { replace: true });
  return [search, update];
}
