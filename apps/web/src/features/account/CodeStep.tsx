import { Button, Flex, Form, Input, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodeSent } from '@motcua/core';
import { formatInstant } from '../../components/dossier/useDossierFormat.ts';
import { ProblemAlert } from '../../components/problem/ProblemAlert.tsx';
import { useProblemOnForm } from '../../components/problem/useProblemOnForm.ts';

export type CodeStepProps = {
  sent: CodeSent;
  /** Sends the form's values (the code, and whatever `children` adds); its failure is shown on the form. */
  submit: (values: { code: string } & Record<string, string>, onError: (error: unknown) => void) => void;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  /** Fields after the code (a reset's new password). */
  children?: ReactNode;
  /** Actions under the form (send a new code, go back). */
  actions?: ReactNode;
};

/** The mailed six-digit code, where it went and until when; a wrong code's message lands on the field. */
export function CodeStep({ sent, submit, pending, error, submitLabel, children, actions }: CodeStepProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const problem = useProblemOnForm(form);
  const onFinish = (values: { code: string } & Record<string, string>) => {
    problem.clear();
    submit(values, problem.put);
  };
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
        {t('account.code.title')}
      </Typography.Title>
      <Typography.Paragraph data-testid="code-sent" style={{ margin: 0 }}>
        {t('account.code.sentTo', { email: sent.email, time: formatInstant(sent.expiresAt) })}
      </Typography.Paragraph>
      <ProblemAlert error={error} general={problem.general} testId="code-error" />
      <Form form={form} layout="vertical" requiredMark={false} onFinish={onFinish} disabled={pending}>
        <Form.Item
          name="code"
          label={t('account.fields.code')}
          rules={[{ required: true, pattern: /^\s*\d{3}\s?\d{3}\s*$/, message: t('account.required.code') }]}
        >
          <Input
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            autoFocus
            style={{ maxWidth: 200, letterSpacing: 4 }}
          />
        </Form.Item>
        {children}
        <Button type="primary" htmlType="submit" block loading={pending} data-testid="code-submit">
          {submitLabel}
        </Button>
      </Form>
      {actions && (
        <Flex wrap gap="small">
          {actions}
        </Flex>
      )}
    </Flex>
  );
}
