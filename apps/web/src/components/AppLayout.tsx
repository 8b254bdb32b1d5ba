import { Suspense } from 'react';
import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router-dom';
import { useMe } from '../api/useMe.ts';
import { AreaMenu } from './AreaMenu.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { PageLoading } from './PageLoading.tsx';
import { passwordRedirect } from './password-redirect.ts';
import { UserBox } from './UserBox.tsx';
import { useCenterName } from './useCenterName.ts';

/** The one layout, in plain elements (no Ant Design Layout: the first page stays light, issue 19): the center's name, the areas the user may enter, the user and the language; the page below. */
export function AppLayout() {
  const { t } = useTranslation();
  const { data: me = null } = useMe();
  const { pathname } = useLocation();
  const centerName = useCenterName();
  const redirect = passwordRedirect(me, pathname);
  return (
    <div className="app-layout">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Flex className="app-header-bar" align="center" justify="space-between" gap="middle" wrap>
          <Link to="/" className="app-brand">
            <strong className="app-brand-name">{centerName}</strong>
          </Link>
          <Flex align="center" gap="middle" wrap>
            <LanguageSwitch />
            {me && <UserBox me={me} />}
          </Flex>
        </Flex>
      </header>
      <div className="app-nav">
        <AreaMenu me={me} />
      </div>
      <main id="main" tabIndex={-1} className="app-main">
        {/* Keyed by path so that leaving a broken page clears the error. */}
        <ErrorBoundary key={pathname}>
          <Suspense fallback={<PageLoading />}>{redirect ? <Navigate to={redirect} replace /> : <Outlet />}</Suspense>
        </ErrorBoundary>
      </main>
      <footer className="app-footer">{t('app.footer')}</footer>
    </div>
  );
}
