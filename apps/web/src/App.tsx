import { lazy } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { AppLayout } from './components/AppLayout.tsx';
import { RequireArea } from './components/RequireArea.tsx';
import { PortalHome } from './features/portal/PortalHome.tsx';

// Loaded on first visit: their Ant Design parts (tables, forms, modals) stay out of the first download, which issue 19
// holds to 250 kB of JavaScript (`npm run bench -- web`); the officers' sign-in form and the 404 page too.
const AntdAppOutlet = lazy(() => import('./components/AntdAppOutlet.tsx').then((m) => ({ default: m.AntdAppOutlet })));
const LoginPage = lazy(() => import('./features/auth/LoginPage.tsx').then((m) => ({ default: m.LoginPage })));
const NotFound = lazy(() => import('./components/StatusPages.tsx').then((m) => ({ default: m.NotFound })));
const PersonalDataAccessPage = lazy(() =>
  import('./features/operations/PersonalDataAccessPage.tsx').then((m) => ({ default: m.PersonalDataAccessPage })),
);
const CalendarPage = lazy(() =>
  import('./features/calendar/CalendarPage.tsx').then((m) => ({ default: m.CalendarPage })),
);
const CatalogPage = lazy(() => import('./features/catalog/CatalogPage.tsx').then((m) => ({ default: m.CatalogPage })));
const ProcedurePage = lazy(() =>
  import('./features/catalog/ProcedurePage.tsx').then((m) => ({ default: m.ProcedurePage })),
);
const AdminCatalogPage = lazy(() =>
  import('./features/admin/catalog/AdminCatalogPage.tsx').then((m) => ({ default: m.AdminCatalogPage })),
);
const CreateProcedurePage = lazy(() =>
  import('./features/admin/catalog/CreateProcedurePage.tsx').then((m) => ({ default: m.CreateProcedurePage })),
);
const EditProcedurePage = lazy(() =>
  import('./features/admin/catalog/EditProcedurePage.tsx').then((m) => ({ default: m.EditProcedurePage })),
);
const ReceptionHome = lazy(() =>
  import('./features/reception/ReceptionHome.tsx').then((m) => ({ default: m.ReceptionHome })),
);
const ProcessingHome = lazy(() =>
  import('./features/processing/ProcessingHome.tsx').then((m) => ({ default: m.ProcessingHome })),
);
const ConsultationsPage = lazy(() =>
  import('./features/processing/ConsultationsPage.tsx').then((m) => ({ default: m.ConsultationsPage })),
);
const DelegationsPage = lazy(() =>
  import('./features/processing/DelegationsPage.tsx').then((m) => ({ default: m.DelegationsPage })),
);
const DossierPage = lazy(() => import('./features/dossier/DossierPage.tsx').then((m) => ({ default: m.DossierPage })));
const LookupPage = lazy(() => import('./features/lookup/LookupPage.tsx').then((m) => ({ default: m.LookupPage })));
const OperationsHome = lazy(() =>
  import('./features/operations/OperationsHome.tsx').then((m) => ({ default: m.OperationsHome })),
);
const ResolutionReportPage = lazy(() =>
  import('./features/operations/ResolutionReportPage.tsx').then((m) => ({ default: m.ResolutionReportPage })),
);
const NationalIndexPage = lazy(() =>
  import('./features/operations/NationalIndexPage.tsx').then((m) => ({ default: m.NationalIndexPage })),
);
const PublicStatisticsPage = lazy(() =>
  import('./features/statistics/PublicStatisticsPage.tsx').then((m) => ({ default: m.PublicStatisticsPage })),
);
const ChangePasswordPage = lazy(() =>
  import('./features/auth/ChangePasswordPage.tsx').then((m) => ({ default: m.ChangePasswordPage })),
);
const SetupPasswordPage = lazy(() =>
  import('./features/auth/SetupPasswordPage.tsx').then((m) => ({ default: m.SetupPasswordPage })),
);
const CitizenLoginPage = lazy(() =>
  import('./features/account/CitizenLoginPage.tsx').then((m) => ({ default: m.CitizenLoginPage })),
);
const RegisterPage = lazy(() =>
  import('./features/account/RegisterPage.tsx').then((m) => ({ default: m.RegisterPage })),
);
const PasswordResetPage = lazy(() =>
  import('./features/account/PasswordResetPage.tsx').then((m) => ({ default: m.PasswordResetPage })),
);
const AccountPage = lazy(() => import('./features/account/AccountPage.tsx').then((m) => ({ default: m.AccountPage })));
const OnlineSubmitPage = lazy(() =>
  import('./features/online/OnlineSubmitPage.tsx').then((m) => ({ default: m.OnlineSubmitPage })),
);
const MyDossiersPage = lazy(() =>
  import('./features/online/MyDossiersPage.tsx').then((m) => ({ default: m.MyDossiersPage })),
);
const MyDossierPage = lazy(() =>
  import('./features/online/MyDossierPage.tsx').then((m) => ({ default: m.MyDossierPage })),
);
const DocumentStorePage = lazy(() =>
  import('./features/online/DocumentStorePage.tsx').then((m) => ({ default: m.DocumentStorePage })),
);
const AdminRoutes = lazy(() => import('./features/admin/AdminRoutes.tsx').then((m) => ({ default: m.AdminRoutes })));
const AdminCalendarPage = lazy(() =>
  import('./features/admin/calendar/AdminCalendarPage.tsx').then((m) => ({ default: m.AdminCalendarPage })),
);

export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<AppLayout />}>
          <Route index element={<PortalHome />} />
          <Route element={<AntdAppOutlet />}>
            <Route path="login" element={<LoginPage />} />
            <Route path="dang-nhap" element={<CitizenLoginPage />} />
            <Route path="dang-ky" element={<RegisterPage />} />
            <Route path="quen-mat-khau" element={<PasswordResetPage />} />
            <Route
              path="tai-khoan"
              element={
                <RequireArea area="account">
                  <AccountPage />
                </RequireArea>
              }
            />
            <Route
              path="nop-truc-tuyen/:code"
              element={
                <RequireArea area="submit">
                  <OnlineSubmitPage />
                </RequireArea>
              }
            />
            <Route
              path="ho-so-cua-toi"
              element={
                <RequireArea area="online">
                  <MyDossiersPage />
                </RequireArea>
              }
            />
            <Route
              path="ho-so-cua-toi/:id"
              element={
                <RequireArea area="online">
                  <MyDossierPage />
                </RequireArea>
              }
            />
            <Route
              path="kho-giay-to"
              element={
                <RequireArea area="store">
                  <DocumentStorePage />
                </RequireArea>
              }
            />
            <Route path="doi-mat-khau" element={<ChangePasswordPage />} />
            <Route path="dat-mat-khau" element={<SetupPasswordPage />} />
            <Route path="calendar" element={<CalendarPage />} />
            <Route path="thu-tuc" element={<CatalogPage />} />
            <Route path="thu-tuc/:code" element={<ProcedurePage />} />
            <Route path="tra-cuu" element={<LookupPage />} />
            <Route path="so-lieu" element={<PublicStatisticsPage />} />
            <Route
              path="reception/*"
              element={
                <RequireArea area="reception">
                  <ReceptionHome />
                </RequireArea>
              }
            />
            <Route
              path="processing/delegations"
              element={
                <RequireArea area="delegations">
                  <DelegationsPage />
                </RequireArea>
              }
            />
            <Route
              path="processing/consultations"
              element={
                <RequireArea area="processing">
                  <ConsultationsPage />
                </RequireArea>
              }
            />
            <Route
              path="processing/*"
              element={
                <RequireArea area="processing">
                  <ProcessingHome />
                </RequireArea>
              }
            />
            <Route
              path="dossiers/:id"
              element={
                <RequireArea area="dossiers">
                  <DossierPage />
                </RequireArea>
              }
            />
            <Route
              path="operations"
              element={
                <RequireArea area="operations">
                  <OperationsHome />
                </RequireArea>
              }
            />
            <Route
              path="operations/personal-data-access"
              element={
                <RequireArea area="operations">
                  <PersonalDataAccessPage />
                </RequireArea>
              }
            />
            <Route
              path="operations/reports/resolution"
              element={
                <RequireArea area="resolution">
                  <ResolutionReportPage />
                </RequireArea>
              }
            />
            <Route
              path="operations/reports/national-index"
              element={
                <RequireArea area="reports">
                  <NationalIndexPage />
                </RequireArea>
              }
            />
            <Route
              path="admin/calendar"
              element={
                <RequireArea area="admin">
                  <AdminCalendarPage />
                </RequireArea>
              }
            />
            <Route
              path="admin/catalog"
              element={
                <RequireArea area="admin">
                  <AdminCatalogPage />
                </RequireArea>
              }
            />
            <Route
              path="admin/catalog/new"
              element={
                <RequireArea area="admin">
                  <CreateProcedurePage />
                </RequireArea>
              }
            />
            <Route
              path="admin/catalog/:code"
              element={
                <RequireArea area="admin">
                  <EditProcedurePage />
                </RequireArea>
              }
            />
            <Route
              path="admin/*"
              element={
                <RequireArea area="admin">
                  <AdminRoutes />
                </RequireArea>
              }
            />
            <Route path="*" element={<NotFound />} />
          </Route>
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
