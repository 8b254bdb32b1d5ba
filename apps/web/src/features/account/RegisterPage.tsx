import { App, Button, Typography } from 'antd';
import { useState } from 'react';
import { FormCard } from '../../components/FormCard.tsx';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { CodeSent, RegisterRequest } from '@motcua/core';
import { useRegister, useVerifyRegistration } from '../../api/account.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { CodeStep } from './CodeStep.tsx';
import { RegisterForm } from './RegisterForm.tsx';

/**
 * Registration by e-mail (DESIGN §15): the person's data, then the code mailed to the address proves it; the
 * account is created, signed in, and the citizen lands on it.
 */
export function RegisterPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [step, setStep] = useState<{ sent: CodeSent; request: RegisterRequest } | null>(null);
  const [editing, setEditing] = useState(false);
  const verify = useVerifyRegistration();
  const resend = useRegister();
  usePageTitle(t('account.register.title'));

  const onResend = () => {
    if (!step) return;
    // A new registration answer: a new id, the old code no longer counts.
    resend.mutate(step.request, {
      onSuccess: (sent) => {
        setStep({ sent, request: step.request });
        verify.reset();
        void message.success(t('account.code.resent'));
      },
    });
  };

  return (
    <FormCard title={t('account.register.title')} maxWidth={520}>
      {step && !editing ? (
        <CodeStep
          sent={step.sent}
          pending={verify.isPending}
          error={verify.error ?? resend.error}
          submitLabel={t('account.code.submit')}
          submit={({ code }, onError) =>
            verify.mutate({ id: step.sent.id, code }, { onSuccess: () => void navigate('/tai-khoan'), onError })
          }
          actions={
            <>
              <Button onClick={onResend} loading={resend.isPending} data-testid="code-resend">
                {t('account.code.resend')}
              </Button>
              <Button type="link" onClick={() => setEditing(true)}>
                {t('account.code.back')}
              </Button>
            </>
          }
        />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('account.register.intro')}</Typography.Paragraph>
          <RegisterForm
            initial={step?.request}
            onSent={(sent, request) => {
              setStep({ sent, request });
              setEditing(false);
              verify.reset();
            }}
          />
          <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
            <Link to="/dang-nhap">{t('account.register.haveAccount')}</Link>
          </Typography.Paragraph>
        </>
      )}
    </FormCard>
  );
}
