import { useState } from 'react';
import { RollbackOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MyWithdrawRequest } from '@motcua/core';
import { useIdempotencyKey } from '../../api/idempotency.ts';
import { ProblemAlert } from '../../components/problem/ProblemAlert.tsx';
import { useProblemOnForm } from '../../components/problem/useProblemOnForm.ts';
import { useWithdraw } from './online-client.ts';

/** Withdrawal before approval (DESIGN §6), with its reason, asked in a modal. */
export function WithdrawButton({ id }: { id: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<MyWithdrawRequest>();
  const withdraw = useWithdraw(id);
  const idempotency = useIdempotencyKey();
  const problem = useProblemOnForm(form);

  const onFinish = (values: MyWithdrawRequest) => {
    problem.clear();
    const request = { reason: values.reason.trim() };
    withdraw.mutate(
      { request, idempotencyKey: idempotency.keyFor(request) },
      {
        onSuccess: () => {
          idempotency.succeeded();
          setOpen(false);
          void message.success(t('online.withdraw.done'));
        },
        onError: problem.put,
      },
    );
  };

  return (
    <div>
      <Button danger icon={<RollbackOutlined aria-hidden />} onClick={() => setOpen(true)} data-testid="withdraw">
        {t('online.withdraw.button')}
      </Button>
      <Modal
        open={open}
        title={t('online.withdraw.title')}
        okText={t('online.withdraw.confirm')}
        cancelText={t('online.withdraw.cancel')}
        okButtonProps={{ danger: true, loading: withdraw.isPending, 'data-testid': 'withdraw-confirm' }}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <p>{t('online.withdraw.intro')}</p>
        <ProblemAlert error={withdraw.error} general={problem.general} />
        <Form<MyWithdrawRequest> form={form} layout="vertical" onFinish={onFinish} data-testid="withdraw-form">
          <Form.Item
            name="reason"
            label={t('online.withdraw.reason')}
            rules={[{ required: true, whitespace: true, message: t('online.withdraw.reasonRequired') }]}
          >
            <Input.TextArea maxLength={1000} autoSize={{ minRows: 2 }} data-testid="withdraw-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
