import type { ReactNode } from 'react';
import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { todayInVietnam } from '../../../components/useCenterName.ts';
import { OrgFormModal } from './OrgFormModal.tsx';
import { useOrgCommand } from './useOrgAdmin.ts';

export type CloseValues = { validTo: string; successor?: string };

export type CloseDateModalProps = {
  title: string;
  intro: string;
  okText: string;
  savedText: string;
  /** `POST` here with `{ validTo }` (and the successor of an agency). */
  path: string;
  onClose: () => void;
  /** More items of the form (an agency's successor). */
  children?: ReactNode;
};

/** Closing a center or a counter, ending an agency: never a deletion (DESIGN §13), a last day in force. */
export function CloseDateModal({ title, intro, okText, savedText, path, onClose, children }: CloseDateModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CloseValues>();
  // The answer (the closed center, agency or counter) is not read: the lists are read again.
  // An agency without a successor sends none (JSON drops undefined): a plain end, as a center's or a counter's close.
  const close = useOrgCommand(z.unknown(), (body: CloseValues) => ({ path, body }));
  return (
    <OrgFormModal<CloseValues, unknown>
      title={title}
      name="close"
      form={form}
      initialValues={{ validTo: todayInVietnam() }}
      command={close}
      okText={okText}
      savedText={savedText}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>
      <Form.Item
        name="validTo"
        label={t('org.common.validTo')}
        rules={[{ required: true, message: t('org.common.required', { field: t('org.common.validTo') }) }]}
      >
        <Input type="date" />
      </Form.Item>
      {children}
    </OrgFormModal>
  );
}
