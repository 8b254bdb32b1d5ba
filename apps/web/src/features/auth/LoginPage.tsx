import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import type { Me } from '@motcua/core';
import { useMe } from '../../api/useMe.ts';
import { areaOfPath, canEnter, homePathFor } from '../../components/areas.ts';
import { PageLoading } from '../../components/PageLoading.tsx';
import type { LoginRedirectState } from '../../components/RequireArea.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { LoginForm } from './LoginForm.tsx';

/** Back to the page that sent the user here if their roles allow it, else to their first area. */
function landingPath(me: Me, state: unknown): string {
  const from = (state as LoginRedirectState | null)?.from;
  const area = from ? areaOfPath(from.split('?')[0] ?? '') : undefined;
  return from && area && area.roles !== 'public' && canEnter(area, me) ? from : homePathFor(me);
}

/** Officers' sign-in; a signed-in user (also right after signing in) is sent on to their area. */
export function LoginPage() {
  const { t } = useTranslation();
  const { data: me, isPending } = useMe();
  const location = useLocation();
  usePageTitle(t('auth.title'));
  if (isPending) return <PageLoading />;
  if (me) return <Navigate to={landingPath(me, location.state)} replace />;
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
