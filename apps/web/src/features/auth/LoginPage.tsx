import { Typography } from 'antd';
import { FormCard } from '../../components/FormCard.tsx';
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
    <FormCard title={t('auth.title')} maxWidth={420}>
      <Typography.Paragraph type="secondary">{t('auth.intro')}</Typography.Paragraph>
      <LoginForm />
    </FormCard>
  );
}
