import type { ReactNode } from 'react';
import { Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem/ProblemAlert.tsx';
import { useProblemOnForm } from '../../../components/problem/useProblemOnForm.ts';
import { todayInVietnam } from '../../../components/useCenterName.ts';

export type CloseValues = { validTo: string; successor?: string };

export type CloseDateModalProps = {
  title: string;
  intro: string;
  okText: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: CloseValues, onError: (error: unknown) => void) => void;
  onCancel: () => void;
  /** More items of the form (an agency's successor). */
  children?: ReactNode;
};

/** Closing a center or a counter, ending an agency: never a deletion (DESIGN §13), a last day in force. */
export function CloseDateModal({
  title,
  intro,
  okText,
  pending,
  error,
  onSubmit,
  onCancel,
  children,
}: CloseDateModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CloseValues>();
  const problem = useProblemOnForm(form);
  const onFinish = (values: CloseValues) => {
    problem.clear();
    onSubmit(values, problem.put);
  };
  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText={t('org.common.cancel')}
      okButtonProps={{ danger: true }}
      onOk={() => form.submit()}
      confirmLoading={pending}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>
      <ProblemAlert error={error} general={problem.general} style={{ marginBottom: 16 }} />
      <Form<CloseValues>
        form={form}
        layout="vertical"
        initialValues={{ validTo: todayInVietnam() }}
        onFinish={onFinish}
      >
        <Form.Item
          name="validTo"
          label={t('org.common.validTo')}
          rules={[{ required: true, message: t('org.common.required', { field: t('org.common.validTo') }) }]}
        >
          <Input type="date" />
        </Form.Item>
        {children}
      </Form>
    </Modal>
  );
}
