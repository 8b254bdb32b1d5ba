import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router-dom';
import type { LoginRequest } from '@motcua/core';
import { useLogin } from '../../api/useLogin.ts';
import { useMe } from '../../api/useMe.ts';
import { landingPathFor } from '../../components/areas.ts';
import { PageLoading } from '../../components/PageLoading.tsx';
import { ProblemAlert } from '../../components/problem/ProblemAlert.tsx';
import { useProblemOnForm } from '../../components/problem/useProblemOnForm.ts';
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
  const [form] = Form.useForm<LoginRequest>();
  const login = useLogin();
  const problem = useProblemOnForm(form);
  usePageTitle(t('account.login.title'));
  if (isPending) return <PageLoading />;
  if (me) return <Navigate to={landingPathFor(me, (location.state as LoginRedirectState | null)?.from)} replace />;
  const identityFailure = identityFailureTitle(search.get('loi'), currentLanguage());

  const onFinish = (values: LoginRequest) => {
    problem.clear();
    login.mutate(values, { onError: problem.put });
  };

  return (
    <Flex justify="center">
      <Card style={{ width: '100%', maxWidth: 440 }}>
        <Typography.Title level={1} style={{ fontSize: 24 }}>
          {t('account.login.title')}
        </Typography.Title>
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
        <ProblemAlert error={login.error} general={problem.general} testId="login-error" style={{ marginBottom: 16 }} />
        <Form<LoginRequest>
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={onFinish}
          disabled={login.isPending}
        >
          <Form.Item
            name="username"
            label={t('account.login.username')}
            rules={[{ required: true, whitespace: true, message: t('account.login.usernameRequired') }]}
          >
            <Input autoComplete="username" prefix={<UserOutlined aria-hidden />} />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('account.fields.password')}
            rules={[{ required: true, message: t('auth.passwordRequired') }]}
          >
            <Input.Password autoComplete="current-password" prefix={<LockOutlined aria-hidden />} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="citizen-login-submit">
            {t('auth.submit')}
          </Button>
        </Form>
        <Flex justify="space-between" wrap gap="small" style={{ marginTop: 16 }}>
          <Link to="/dang-ky">{t('account.login.register')}</Link>
          <Link to="/quen-mat-khau">{t('account.login.forgot')}</Link>
        </Flex>
      </Card>
    </Flex>
  );
}
