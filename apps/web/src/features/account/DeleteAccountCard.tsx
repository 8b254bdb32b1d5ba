import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { DeleteAccountRequest } from '@motcua/core';
import { useDeleteAccount } from '../../api/account.ts';
import { ProblemAlert } from '../../components/problem/ProblemAlert.tsx';
import { useProblemOnForm } from '../../components/problem/useProblemOnForm.ts';

/**
 * Deleting the account removes the personal profile; dossiers stay, the law keeps them (issue 18). The password,
 * when the account has one, makes it a deliberate act rather than a click on a device left open.
 */
export function DeleteAccountCard({ hasPassword }: { hasPassword: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<DeleteAccountRequest>();
  const remove = useDeleteAccount();
  const problem = useProblemOnForm(form);

  const onFinish = (values: DeleteAccountRequest) => {
    problem.clear();
    remove.mutate(values, {
      onSuccess: () => {
        void message.success(t('account.danger.deleted'));
        void navigate('/', { replace: true });
      },
      onError: problem.put,
    });
  };

  return (
    <Card title={t('account.danger.title')} style={{ borderColor: '#ff4d4f' }} data-testid="danger-zone">
      <Typography.Paragraph>{t('account.danger.intro')}</Typography.Paragraph>
      <Button danger icon={<DeleteOutlined aria-hidden />} onClick={() => setOpen(true)} data-testid="delete-account">
        {t('account.danger.button')}
      </Button>
      <Modal
        open={open}
        title={t('account.danger.confirmTitle')}
        okText={t('account.danger.confirm')}
        okButtonProps={{ danger: true, loading: remove.isPending }}
        onOk={() => form.submit()}
        cancelText={t('account.page.cancel')}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('account.danger.explain')}</Typography.Paragraph>
        <ProblemAlert error={remove.error} general={problem.general} style={{ marginBottom: 16 }} />
        <Form<DeleteAccountRequest> form={form} layout="vertical" onFinish={onFinish}>
          {hasPassword && (
            <Form.Item
              name="password"
              label={t('account.danger.password')}
              rules={[{ required: true, message: t('auth.passwordRequired') }]}
            >
              <Input.Password autoComplete="current-password" />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Card>
  );
}
