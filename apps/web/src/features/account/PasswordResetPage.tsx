import { Alert, Button, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { FormCard } from '../../components/FormCard.tsx';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CodeSent, PasswordResetRequest } from '@motcua/core';
import { usePasswordReset, usePasswordResetConfirm } from '../../api/account.ts';
import { NewPasswordFields, PasswordPolicy } from '../../components/password/NewPasswordFields.tsx';
import { ProblemAlert } from '../../components/problem/ProblemAlert.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { resetConfirmOf, type ResetConfirmValues } from './account-values.ts';
import { CodeStep } from './CodeStep.tsx';

/** A forgotten password: the e-mail, then the mailed code and a new password; every old session ends. */
export function PasswordResetPage() {
  const { t } = useTranslation();
  const [sent, setSent] = useState<CodeSent | null>(null);
  const [done, setDone] = useState(false);
  const request = usePasswordReset();
  const confirm = usePasswordResetConfirm();
  usePageTitle(t('account.reset.title'));

  const body = done ? (
    <Flex vertical gap="middle">
      <Alert type="success" showIcon role="status" data-testid="reset-done" title={t('account.reset.done')} />
      <Link to="/dang-nhap">{t('account.reset.toLogin')}</Link>
    </Flex>
  ) : sent ? (
    <CodeStep
      sent={sent}
      pending={confirm.isPending}
      error={confirm.error}
      submitLabel={t('account.reset.submit')}
      submit={(values, onError) =>
        confirm.mutate(resetConfirmOf(sent.id, values as ResetConfirmValues), {
          onSuccess: () => setDone(true),
          onError,
        })
      }
    >
      <PasswordPolicy />
      <NewPasswordFields username="" label={t('account.reset.newPassword')} />
    </CodeStep>
  ) : (
    <>
      <Typography.Paragraph type="secondary">{t('account.reset.intro')}</Typography.Paragraph>
      <ProblemAlert error={request.error} style={{ marginBottom: 16 }} />
      <Form<PasswordResetRequest>
        layout="vertical"
        requiredMark={false}
        disabled={request.isPending}
        onFinish={(values) => request.mutate(values, { onSuccess: setSent })}
      >
        <Form.Item
          name="email"
          label={t('account.fields.email')}
          rules={[{ required: true, type: 'email', message: t('account.required.email') }]}
        >
          <Input type="email" autoComplete="email" autoFocus />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={request.isPending} data-testid="reset-send">
          {t('account.reset.send')}
        </Button>
      </Form>
    </>
  );

  return <FormCard title={t('account.reset.title')}>{body}</FormCard>;
}
