import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CodeSent, RegisterRequest } from '@motcua/core';
import { useRegister } from '../../api/account.ts';
import { NewPasswordFields, PasswordPolicy } from '../../components/password/NewPasswordFields.tsx';
import { ProblemAlert } from '../../components/problem/ProblemAlert.tsx';
import { useProblemOnForm } from '../../components/problem/useProblemOnForm.ts';
import { registerRequestOf, type RegisterValues } from './account-values.ts';
import { PersonFields } from './PersonFields.tsx';

/** The registration's first step; the server's field errors (the password policy among them) land on the items. */
export function RegisterForm({
  initial,
  onSent,
}: {
  initial?: RegisterRequest;
  onSent: (sent: CodeSent, request: RegisterRequest) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RegisterValues>();
  const register = useRegister();
  const problem = useProblemOnForm(form);

  const onFinish = (values: RegisterValues) => {
    problem.clear();
    const request = registerRequestOf(values);
    register.mutate(request, { onSuccess: (sent) => onSent(sent, request), onError: problem.put });
  };

  return (
    <>
      <ProblemAlert
        error={register.error}
        general={problem.general}
        testId="register-error"
        seeMarked={t('dossier.problem.seeMarked')}
        style={{ marginBottom: 16 }}
      />
      <Form<RegisterValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={onFinish}
        disabled={register.isPending}
        initialValues={initial ? { ...initial, repeat: initial.password } : undefined}
      >
        <Form.Item
          name="email"
          label={t('account.fields.email')}
          rules={[{ required: true, type: 'email', message: t('account.required.email') }]}
        >
          <Input type="email" autoComplete="email" />
        </Form.Item>
        <PasswordPolicy />
        <NewPasswordFields
          username=""
          name="password"
          label={t('account.fields.password')}
          repeatLabel={t('account.fields.repeat')}
        />
        <PersonFields />
        <Button type="primary" htmlType="submit" block loading={register.isPending} data-testid="register-submit">
          {t('account.register.submit')}
        </Button>
      </Form>
    </>
  );
}
