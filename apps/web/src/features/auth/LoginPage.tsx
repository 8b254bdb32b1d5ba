import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { useMe } from '../../api/useMe.ts';
import { landingPathFor } from '../../components/areas.ts';
import { PageLoading } from '../../components/PageLoading.tsx';
import type { LoginRedirectState } from '../../components/RequireArea.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { LoginForm } from '../../components/LoginForm.tsx';

/** Officers' sign-in; a signed-in user (also right after signing in) is sent on to their area. */
export function LoginPage() {
  const { t } = useTranslation();
  const { data: me, isPending } = useMe();
  const location = useLocation();
  usePageTitle(t('auth.title'));
  if (isPending) return <PageLoading />;
  if (me) return <Navigate to={landingPathFor(me, (location.state as LoginRedirectState | null)?.from)} replace />;
  return (
    <Flex justify="center">
      <Card style={{ width: '100%', maxWidth: 420 }}>
        <Typography.Title level={1} style={{ fontSize: 24 }}>
          {t('auth.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('auth.intro')}</Typography.Paragraph>
        <LoginForm />
      </Card>
    </Flex>
  );
}
