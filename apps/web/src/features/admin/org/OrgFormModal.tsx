import type { ReactNode } from 'react';
import type { UseMutationResult } from '@tanstack/react-query';
import { App, Form, Modal, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem/ProblemAlert.tsx';
import { useProblemOnForm } from '../../../components/problem/useProblemOnForm.ts';

export type OrgFormModalProps<V, A> = {
  title: string;
  /** The form's name: its inputs' ids are `<name>_<field>`. */
  name: string;
  form: FormInstance<V>;
  initialValues: V;
  /** The command the form sends (`useOrgCommand`). */
  command: UseMutationResult<A, Error, V>;
  okText?: string;
  /** What a success says ("Đã lưu" by default). */
  savedText?: string;
  /** After the command succeeded, before the modal closes (a create's temporary password). */
  onSaved?: (answer: A) => void;
  onClose: () => void;
  children: ReactNode;
};

/**
 * The modal of every organisation form: the server's field errors land on the items, the others above the form
 * (STYLE: errors), and a success says so and closes.
 */
export function OrgFormModal<V, A>(props: OrgFormModalProps<V, A>) {
  const { title, name, form, initialValues, command, okText, savedText, onSaved, onClose, children } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const problem = useProblemOnForm(form);
  const onFinish = (values: V) => {
    problem.clear();
    command.mutate(values, {
      onSuccess: (answer) => {
        void message.success(savedText ?? t('org.common.saved'));
        onSaved?.(answer);
        onClose();
      },
      onError: problem.put,
    });
  };
  return (
    <Modal
      open
      title={title}
      okText={okText ?? t('org.common.save')}
      cancelText={t('org.common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={command.isPending}
      destroyOnHidden
    >
      <ProblemAlert error={command.error} general={problem.general} style={{ marginBottom: 16 }} />
      <Form<V> form={form} name={name} layout="vertical" initialValues={initialValues as object} onFinish={onFinish}>
        {children}
      </Form>
    </Modal>
  );
}
