import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LoginRequest } from '@motcua/core';
import { useLogin } from '../api/useLogin.ts';
import { ProblemAlert } from './problem/ProblemAlert.tsx';
import { useProblemOnForm } from './problem/useProblemOnForm.ts';

/**
 * Username and password; a problem answer puts its field errors on the items and its title above the form. The
 * officers' and the citizens' pages (who may type their e-mail) share it with their own words for the username.
 */
export function LoginForm({
  usernameLabel,
  usernameRequired,
  autoFocus = true,
}: {
  usernameLabel?: string;
  usernameRequired?: string;
  /** Off where something comes before the form (the citizens' identity button), so the keyboard meets it first. */
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<LoginRequest>();
  const login = useLogin();
  const problem = useProblemOnForm(form);

  const onFinish = (values: LoginRequest) => {
    problem.clear();
    login.mutate(values, { onError: problem.put });
  };

  return (
    <>
      <ProblemAlert error={login.error} general={problem.general} testId="login-error" style={{ marginBottom: 24 }} />
      <Form<LoginRequest>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={onFinish}
        disabled={login.isPending}
      >
        <Form.Item
          name="username"
          label={usernameLabel ?? t('auth.username')}
          rules={[{ required: true, whitespace: true, message: usernameRequired ?? t('auth.usernameRequired') }]}
        >
          <Input name="username" autoComplete="username" prefix={<UserOutlined aria-hidden />} autoFocus={autoFocus} />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('auth.password')}
          rules={[{ required: true, message: t('auth.passwordRequired') }]}
        >
          <Input.Password name="password" autoComplete="current-password" prefix={<LockOutlined aria-hidden />} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
          {t('auth.submit')}
        </Button>
      </Form>
    </>
  );
}
