import { Alert, Button, Flex, Form, Typography } from 'antd';
import { FormCard } from '../../components/FormCard.tsx';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useSetupPassword } from '../../api/password.ts';
import { ButtonLink } from '../../components/ButtonLink.tsx';
import { ProblemAlert } from '../../components/problem/ProblemAlert.tsx';
import { useProblemOnForm } from '../../components/problem/useProblemOnForm.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { NewPasswordFields, PasswordPolicy } from '../../components/password/NewPasswordFields.tsx';

type SetupValues = { newPassword: string; repeat: string };

/** The e-mailed link's page (public): the officer chooses their first password, then signs in with it. */
export function SetupPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [form] = Form.useForm<SetupValues>();
  const setup = useSetupPassword();
  const problem = useProblemOnForm(form);
  usePageTitle(t('password.setupTitle'));

  const onFinish = ({ newPassword }: SetupValues) => {
    problem.clear();
    setup.mutate({ token, newPassword }, { onError: problem.put });
  };

  const body = setup.isSuccess ? (
    <Flex vertical gap="middle">
      <Alert type="success" showIcon role="status" data-testid="setup-done" title={t('password.setupDone')} />
      <ButtonLink to="/login" type="primary">
        {t('password.toLogin')}
      </ButtonLink>
    </Flex>
  ) : token === '' ? (
    <Alert type="error" showIcon role="alert" title={t('password.noToken')} />
  ) : (
    <>
      <Typography.Paragraph type="secondary">{t('password.setupIntro')}</Typography.Paragraph>
      <PasswordPolicy />
      <ProblemAlert error={setup.error} general={problem.general} style={{ marginBottom: 16 }} />
      <Form<SetupValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={onFinish}
        disabled={setup.isPending}
      >
        {/* The username is not known here (the token names the account): the server checks it against the policy. */}
        <NewPasswordFields username="" />
        <Button type="primary" htmlType="submit" block loading={setup.isPending}>
          {t('password.submitSetup')}
        </Button>
      </Form>
    </>
  );
  return <FormCard title={t('password.setupTitle')}>{body}</FormCard>;
}
