import { lazy } from 'react';
import { Route, Routes } from 'react-router-dom';
import { AdminHome } from './AdminHome.tsx';

// The organisation pages (issue 16), loaded on first visit like the other admin pages.
const SetupPage = lazy(() => import('./org/SetupPage.tsx').then((m) => ({ default: m.SetupPage })));
const CentersPage = lazy(() => import('./org/CentersPage.tsx').then((m) => ({ default: m.CentersPage })));
const AgenciesPage = lazy(() => import('./org/AgenciesPage.tsx').then((m) => ({ default: m.AgenciesPage })));
const OfficersPage = lazy(() => import('./org/OfficersPage.tsx').then((m) => ({ default: m.OfficersPage })));
const CountersPage = lazy(() => import('./org/CountersPage.tsx').then((m) => ({ default: m.CountersPage })));
const AuditPage = lazy(() => import('./org/AuditPage.tsx').then((m) => ({ default: m.AuditPage })));

/** The admin area below `/admin/`, behind App's admin guard; any other path shows the area's home, as before. */
export function AdminRoutes() {
  return (
    <Routes>
      <Route path="thiet-lap" element={<SetupPage />} />
      <Route path="trung-tam" element={<CentersPage />} />
      <Route path="co-quan" element={<AgenciesPage />} />
      <Route path="can-bo" element={<OfficersPage />} />
      <Route path="quay" element={<CountersPage />} />
      <Route path="nhat-ky" element={<AuditPage />} />
      <Route path="*" element={<AdminHome />} />
    </Routes>
  );
}
