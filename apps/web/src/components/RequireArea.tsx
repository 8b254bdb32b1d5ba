import { lazy, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useMe } from '../api/useMe.ts';
import { areaByKey, canEnter, OFFICER_SIGN_IN_PATH, type AreaKey } from './areas.ts';
import { PageLoading } from './PageLoading.tsx';

// Loaded only when shown (Ant Design's Result and its pictures): out of the first page's download (issue 19).
const Forbidden = lazy(() => import('./StatusPages.tsx').then((m) => ({ default: m.Forbidden })));
const LoadFailed = lazy(() => import('./StatusPages.tsx').then((m) => ({ default: m.LoadFailed })));

export type LoginRedirectState = { from?: string };

/** Lets through users whose roles allow the area; sends the signed-out to the area's sign-in page and shows 403 to the others. */
export function RequireArea({ area, children }: { area: AreaKey; children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <PageLoading />;
  if (me.isError) return <LoadFailed message={me.error.message} onRetry={() => void me.refetch()} />;
  const entered = areaByKey(area);
  if (!canEnter(entered, me.data)) {
    if (me.data) return <Forbidden />;
    const state: LoginRedirectState = { from: location.pathname + location.search };
    return <Navigate to={entered.signInPath ?? OFFICER_SIGN_IN_PATH} replace state={state} />;
  }
  return children;
}
