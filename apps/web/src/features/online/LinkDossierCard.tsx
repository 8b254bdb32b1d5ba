import { App, Button, Card, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MyDossierLinkRequest } from '@motcua/core';
import { useIdempotencyKey } from '../../api/idempotency.ts';
import { ProblemAlert } from '../../components/problem/ProblemAlert.tsx';
import { useProblemOnForm } from '../../components/problem/useProblemOnForm.ts';
import { useLinkDossier } from './online-client.ts';

/** A counter dossier joins "Hồ sơ của tôi" one by one, with the receipt's code and secret (DESIGN §15). */
export function LinkDossierCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<MyDossierLinkRequest>();
  const link = useLinkDossier();
  const idempotency = useIdempotencyKey();
  const problem = useProblemOnForm(form);
  const required = [{ required: true, whitespace: true, message: t('online.link.required') }];

  const onFinish = (values: MyDossierLinkRequest) => {
    problem.clear();
    const request = { code: values.code.trim(), secret: values.secret.trim() };
    link.mutate(
      { request, idempotencyKey: idempotency.keyFor(request) },
      {
        onSuccess: (summary) => {
          idempotency.succeeded();
          form.resetFields();
          void message.success(t('online.link.done', { code: summary.code ?? request.code }));
        },
        onError: problem.put,
      },
    );
  };

  return (
    <Card title={<h2 className="card-heading">{t('online.link.title')}</h2>}>
      <p>{t('online.link.intro')}</p>
      <ProblemAlert error={link.error} general={problem.general} />
      <Form<MyDossierLinkRequest> form={form} layout="vertical" onFinish={onFinish} data-testid="link-dossier-form">
        <Form.Item name="code" label={t('online.link.code')} rules={required}>
          <Input autoComplete="off" data-testid="link-code" />
        </Form.Item>
        <Form.Item name="secret" label={t('online.link.secret')} rules={required}>
          <Input autoComplete="off" data-testid="link-secret" />
        </Form.Item>
        <Button htmlType="submit" loading={link.isPending} data-testid="link-submit">
          {t('online.link.submit')}
        </Button>
      </Form>
    </Card>
  );
}
