import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LoginRequest } from '@motcua/core';
import { useLogin } from '../../api/useLogin.ts';
import { ProblemAlert } from '../../components/problem/ProblemAlert.tsx';
import { useProblemOnForm } from '../../components/problem/useProblemOnForm.ts';

/** Username and password; a problem answer puts its field errors on the items and its title above the form. */
export function LoginForm() {
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
          label={t('auth.username')}
          rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
        >
          <Input name="username" autoComplete="username" prefix={<UserOutlined aria-hidden />} autoFocus />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('auth.password')}
          rules={[{ required: true, message: t('auth.passwordRequired') }]}
        >
          <Input.Password name="password" autoComplete="current-password" prefix={<LockOutlined aria-hidden />} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={login.isPending}>
          {t('auth.submit')}
        </Button>
      </Form>
    </>
  );
}
