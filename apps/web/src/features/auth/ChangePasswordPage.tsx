import { Alert, App, Button, Form, Input } from 'antd';
import { FormCard } from '../../components/FormCard.tsx';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router-dom';
import { useChangePassword } from '../../api/password.ts';
import { useMe } from '../../api/useMe.ts';
import { homePathFor } from '../../components/areas.ts';
import { PageLoading } from '../../components/PageLoading.tsx';
import { ProblemAlert } from '../../components/problem/ProblemAlert.tsx';
import { useProblemOnForm } from '../../components/problem/useProblemOnForm.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { NewPasswordFields, PasswordPolicy } from '../../components/password/NewPasswordFields.tsx';
import { changeRequestOf, type ChangePasswordValues } from './password-values.ts';

/** Every signed-in user changes their own password here; a temporary one must be changed before anything else. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useMe();
  const [form] = Form.useForm<ChangePasswordValues>();
  const change = useChangePassword();
  const problem = useProblemOnForm(form);
  usePageTitle(t('password.changeTitle'));
  if (me.isPending) return <PageLoading />;
  if (!me.data) return <Navigate to="/login" replace state={{ from: '/doi-mat-khau' }} />;
  const user = me.data;

  const onFinish = (values: ChangePasswordValues) => {
    problem.clear();
    change.mutate(changeRequestOf(values), {
      onSuccess: () => {
        void message.success(t('password.changed'));
        void navigate(homePathFor(user), { replace: true });
      },
      onError: problem.put,
    });
  };

  return (
    <FormCard title={t('password.changeTitle')}>
      {user.mustChangePassword && (
        <Alert
          type="warning"
          showIcon
          data-testid="must-change"
          title={t('password.mustChange')}
          style={{ marginBottom: 16 }}
        />
      )}
      <PasswordPolicy />
      <ProblemAlert error={change.error} general={problem.general} style={{ marginBottom: 16 }} />
      <Form<ChangePasswordValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={onFinish}
        disabled={change.isPending}
      >
        <input type="text" name="username" autoComplete="username" value={user.username} readOnly hidden />
        <Form.Item
          name="currentPassword"
          label={t('password.current')}
          rules={[{ required: true, message: t('password.currentRequired') }]}
        >
          <Input.Password autoComplete="current-password" autoFocus />
        </Form.Item>
        <NewPasswordFields username={user.username} />
        <Button type="primary" htmlType="submit" block loading={change.isPending}>
          {t('password.submitChange')}
        </Button>
      </Form>
    </FormCard>
  );
}
