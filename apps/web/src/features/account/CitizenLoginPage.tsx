import { Alert, Flex, Typography } from 'antd';
import { FormCard } from '../../components/FormCard.tsx';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router-dom';
import { useMe } from '../../api/useMe.ts';
import { landingPathFor } from '../../components/areas.ts';
import { LoginForm } from '../../components/LoginForm.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import type { LoginRedirectState } from '../../components/RequireArea.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { identityFailureTitle } from './account-values.ts';
import { IdentityLoginButton } from './IdentityLoginButton.tsx';

/**
 * Citizens' sign-in (the officers' `/login` stays apart): e-mail or username and password, or the national
 * identity; a signed-in user goes on to their area (a citizen to their account, an officer to their work).
 */
export function CitizenLoginPage() {
  const { t } = useTranslation();
  const { data: me, isPending } = useMe();
  const location = useLocation();
  const [search] = useSearchParams();
  usePageTitle(t('account.login.title'));
  if (isPending) return <PageLoading />;
  if (me) return <Navigate to={landingPathFor(me, (location.state as LoginRedirectState | null)?.from)} replace />;
  const identityFailure = identityFailureTitle(search.get('loi'), currentLanguage());

  return (
    <FormCard title={t('account.login.title')} maxWidth={440}>
      <Typography.Paragraph type="secondary">{t('account.login.intro')}</Typography.Paragraph>
      {identityFailure && (
        <Alert
          type="error"
          showIcon
          role="alert"
          data-testid="identity-failure"
          title={t('account.login.failed')}
          description={identityFailure}
          style={{ marginBottom: 16 }}
        />
      )}
      <IdentityLoginButton />
      <LoginForm
        usernameLabel={t('account.login.username')}
        usernameRequired={t('account.login.usernameRequired')}
        autoFocus={false}
      />
      <Flex justify="space-between" wrap gap="small" style={{ marginTop: 16 }}>
        <Link to="/dang-ky">{t('account.login.register')}</Link>
        <Link to="/quen-mat-khau">{t('account.login.forgot')}</Link>
      </Flex>
    </FormCard>
  );
}
