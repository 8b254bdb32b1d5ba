import { App, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { noticeIssuedBy, type DossierView, type TransitionName } from '@motcua/core';
import { useDossierTransition } from '../../api/dossiers.ts';
import { useIdempotencyKey } from '../../api/idempotency.ts';
import { useDossierFormat } from '../../components/dossier/useDossierFormat.ts';
import { ProblemAlert } from '../../components/problem/ProblemAlert.tsx';
import { useProblemOnForm } from '../../components/problem/useProblemOnForm.ts';
import type { Issued } from './IssuedNotice.tsx';
import { TransitionFields } from './TransitionFields.tsx';
import { DANGEROUS, initialValues, toTransitionRequest, type TransitionValues } from './transition-values.ts';

export type TransitionModalProps = {
  name: TransitionName;
  dossier: DossierView;
  onClose: () => void;
  /** Someone else changed the dossier: read it again (the form stays open on the new version). */
  onReload: () => void;
  /** What the transition issued (a look-up secret, a notice to print), for the page to offer once. */
  onIssued: (issued: Issued) => void;
};

/** The form's names are the payload's: the server's paths start with `body.payload`. */
const PAYLOAD_PATHS = { prefixes: ['body', 'payload'] };

/** One transition's small form, sent on the dossier's current version; the answer replaces the dossier shown. */
export function TransitionModal({ name, dossier, onClose, onReload, onIssued }: TransitionModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useDossierFormat();
  const [form] = Form.useForm<TransitionValues>();
  const transition = useDossierTransition(dossier.id);
  const idempotency = useIdempotencyKey();
  const problem = useProblemOnForm(form, PAYLOAD_PATHS);
  const label = format.transition(name) ?? name;
  const onFinish = (values: TransitionValues) => {
    const request = toTransitionRequest(name, values, dossier.version);
    problem.clear();
    transition.mutate(
      { request, idempotencyKey: idempotency.keyFor(request) },
      {
        onSuccess: (answer) => {
          idempotency.succeeded();
          void message.success(t('dossier.transition.done', { action: label, status: format.status(answer.status) }));
          const issued = { secret: answer.secret ?? null, form: noticeIssuedBy(name) };
          if (issued.secret || issued.form) onIssued(issued);
          onClose();
        },
        onError: problem.put,
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
      <ProblemAlert
        error={transition.error}
        general={problem.general}
        seeMarked={t('dossier.problem.seeMarked')}
        testId="command-error"
        conflict={{
          code: 'dossier.version_conflict',
          detail: t('dossier.problem.conflict'),
          reload: t('dossier.problem.reload'),
          onReload: () => {
            transition.reset();
            onReload();
          },
        }}
      />
    </Modal>
  );
}
