import { useSearchParams } from 'react-router-dom';
import { DossierListQuery } from '@motcua/core';
import type { DossierSearch } from '../../api/dossiers.ts';
import { INBOX_PAGE_SIZES } from '../../components/dossier/inbox-pagination.ts';
import { withChanges } from '../../components/url-search.ts';

type Key = keyof DossierSearch;
const KEYS = ['q', 'status', 'warning', 'mine', 'page', 'pageSize'] as const satisfies readonly Key[];
export type InboxChanges = Partial<Record<Key, string | number | boolean | undefined>>;

/** One parameter of the URL, if the list query's schema accepts it; a bad one is ignored, not an error. */
function param<K extends Key>(params: URLSearchParams, key: K): DossierListQuery[K] | undefined {
  const raw = params.get(key);
  if (raw === null || raw === '') return undefined;
  const parsed = DossierListQuery.shape[key].safeParse(raw);
  return parsed.success ? (parsed.data as DossierListQuery[K]) : undefined;
}

/** The inbox's filters in the URL (`/processing?warning=overdue&mine=true`), so that a link or the back button keeps them; a change of filter goes to page 1. */
export function useInboxParams(): [DossierSearch, (changes: InboxChanges) => void] {
  const [params, setParams] = useSearchParams();
  const pageSize = param(params, 'pageSize');
  const search: DossierSearch = {
    q: param(params, 'q') || undefined,
    status: param(params, 'status'),
    warning: param(params, 'warning'),
    mine: param(params, 'mine') || undefined,
    page: param(params, 'page') ?? 1,
    pageSize: pageSize !== undefined && (INBOX_PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : 20,
  };
  const update = (changes: InboxChanges) => setParams((prev) => withChanges(prev, KEYS, changes), { replace: true });
  return [search, update];
}
