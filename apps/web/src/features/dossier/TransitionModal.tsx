import { useState } from 'react';
import { App, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DossierView, FieldError, TransitionName } from '@motcua/core';
import { isApiError } from '../../api/client.ts';
import { useDossierTransition } from '../../api/dossiers.ts';
import { useIdempotencyKey } from '../../api/idempotency.ts';
import { CommandProblem } from '../../components/dossier/CommandProblem.tsx';
import { useDossierFormat } from '../../components/dossier/useDossierFormat.ts';
import { showProblemOnForm } from '../../components/form-problem.ts';
import { TransitionFields } from './TransitionFields.tsx';
import { DANGEROUS, initialValues, toTransitionRequest, type TransitionValues } from './transition-values.ts';

export type TransitionModalProps = {
  name: TransitionName;
  dossier: DossierView;
  onClose: () => void;
  /** Someone else changed the dossier: read it again (the form stays open on the new version). */
  onReload: () => void;
};

/** One transition's small form, sent on the dossier's current version; the answer replaces the dossier shown. */
export function TransitionModal({ name, dossier, onClose, onReload }: TransitionModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useDossierFormat();
  const [form] = Form.useForm<TransitionValues>();
  const transition = useDossierTransition(dossier.id);
  const idempotency = useIdempotencyKey();
  const [general, setGeneral] = useState<FieldError[]>([]);
  const label = format.transition(name) ?? name;
  const onFinish = (values: TransitionValues) => {
    const request = toTransitionRequest(name, values, dossier.version);
    setGeneral([]);
    transition.mutate(
      { request, idempotencyKey: idempotency.keyFor(request) },
      {
        onSuccess: (view) => {
          idempotency.succeeded();
          void message.success(t('dossier.transition.done', { action: label, status: format.status(view.status) }));
          onClose();
        },
        onError: (error) => {
          if (isApiError(error)) setGeneral(showProblemOnForm(form, error.problem, ['body', 'payload']));
        },
      },
    );
  };
  return (
    <Modal
      open
      title={label}
      width={name === 'receive' ? 960 : 640}
      okText={label}
      cancelText={t('dossier.transition.cancel')}
      okButtonProps={{
        htmlType: 'submit',
        danger: DANGEROUS.has(name),
        loading: transition.isPending,
        ...{ 'data-testid': 'transition-submit' },
      }}
      onCancel={onClose}
      destroyOnHidden
      modalRender={(dom) => (
        <Form<TransitionValues>
          form={form}
          layout="vertical"
          initialValues={initialValues(name, dossier)}
          onFinish={onFinish}
          data-testid={`transition-form-${name}`}
        >
          {dom}
        </Form>
      )}
    >
      <TransitionFields name={name} dossier={dossier} />
      <CommandProblem
        error={transition.error}
        general={general}
        onReload={() => {
          transition.reset();
          onReload();
        }}
      />
    </Modal>
  );
}
