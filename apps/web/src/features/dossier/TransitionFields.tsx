import type { ComponentProps } from 'react';
import { Form, Input, Radio, Select, Skeleton, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { reassignmentRole, ResultDelivery, type DossierView, type TransitionName } from '@motcua/core';
import { useProcedure } from '../../api/catalog.ts';
import { ChecklistTicksField } from '../../components/dossier/ChecklistTicksField.tsx';
import { ChecklistPickField, ConsultationsField, ReasonsField, SupplementItemsField } from './ListFields.tsx';
import { OfficerSelect } from './OfficerSelect.tsx';
import { ResultUploadField } from './ResultUploadField.tsx';

/** Form.Item gives its child the id, value and onChange: passed on. */
const TextArea = ({ max, ...props }: { max: number } & ComponentProps<typeof Input.TextArea>) => (
  <Input.TextArea {...props} maxLength={max} autoSize={{ minRows: 2, maxRows: 8 }} />
);

/** An online dossier checked at the counter: the ticks against the checklist of the procedure in force. */
function ReceiveTicks({ code }: { code: string }) {
  const procedure = useProcedure(code);
  if (!procedure.data) return <Skeleton active />;
  return <ChecklistTicksField checklist={procedure.data.procedure.checklist} />;
}

/** The fields of one transition's payload (PAYLOADS of core's commands.ts); those with none ask for confirmation only. */
export function TransitionFields({ name, dossier }: { name: TransitionName; dossier: DossierView }) {
  const { t } = useTranslation();
  const required = { required: true, whitespace: true, message: t('dossier.form.required') };
  const note = (
    <Form.Item name="note" label={t('dossier.form.note')}>
      <TextArea max={2000} />
    </Form.Item>
  );
  const reason = (max: number) => (
    <Form.Item name="reason" label={t('dossier.form.reason')} rules={[required]}>
      <TextArea max={max} />
    </Form.Item>
  );
  switch (name) {
    case 'request_supplement':
    case 'request_supplement_at_intake':
      return (
        <>
          <Typography.Paragraph>{t('dossier.form.supplementIntro')}</Typography.Paragraph>
          {dossier.checklist.length > 0 && (
            <>
              <ChecklistPickField />
              <Typography.Title level={5}>{t('dossier.form.otherItems')}</Typography.Title>
            </>
          )}
          <SupplementItemsField min={dossier.checklist.length > 0 ? 0 : 1} />
          <div style={{ height: 16 }} />
          {note}
        </>
      );
    case 'resubmit':
    case 'record_supplement':
    case 'close_consultation':
      return note;
    case 'reject_at_intake':
    case 'refuse':
      return <ReasonsField />;
    case 'receive':
      return <ReceiveTicks code={dossier.procedure.code} />;
    case 'open_consultation':
      return <ConsultationsField ownAgency={dossier.agency.code} />;
    case 'record_opinion': {
      const open = dossier.consultations.filter((c) => c.answerable);
      return (
        <>
          <Form.Item
            name="no"
            label={t('dossier.form.consultation')}
            rules={[{ required: true, message: t('dossier.form.required') }]}
          >
            <Select options={open.map((c) => ({ value: c.no, label: `${c.no}. ${c.agency.name}` }))} />
          </Form.Item>
          <Form.Item name="agrees" label={t('dossier.form.agrees')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="opinion" label={t('dossier.form.opinion')} rules={[required]}>
            <TextArea max={5000} />
          </Form.Item>
        </>
      );
    }
    case 'propose_approval':
      return (
        <>
          <Form.Item name="proposal" label={t('dossier.form.proposal')}>
            <Radio.Group
              options={[
                { value: 'approve', label: t('dossier.form.proposeApprove') },
                { value: 'refuse', label: t('dossier.form.proposeRefuse') },
              ]}
            />
          </Form.Item>
          <Form.Item name="summary" label={t('dossier.form.summary')} rules={[required]}>
            <TextArea max={5000} />
          </Form.Item>
          <Form.Item name="approverId" label={t('dossier.form.approver')} extra={t('dossier.form.approverHint')}>
            <OfficerSelect role="approver" allowClear />
          </Form.Item>
        </>
      );
    case 'send_back':
    case 'withdraw':
      return reason(name === 'withdraw' ? 1000 : 2000);
    case 'approve':
      return (
        <>
          <Form.Item
            name="resultNumber"
            label={t('dossier.form.resultNumber')}
            rules={[required]}
            extra={t('dossier.form.resultNumberHint')}
          >
            <Input maxLength={100} autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="resultDocumentId"
            label={t('dossier.form.resultDocument')}
            extra={t('dossier.form.resultDocumentHint')}
          >
            <ResultUploadField dossierId={dossier.id} />
          </Form.Item>
          {note}
        </>
      );
    case 'return_result':
      return (
        <>
          <Form.Item name="delivery" label={t('dossier.form.delivery')}>
            <Radio.Group
              options={ResultDelivery.options.map((value) => ({ value, label: t(`catalog.delivery.${value}`) }))}
            />
          </Form.Item>
          <Form.Item name="recipient" label={t('dossier.form.recipient')}>
            <Input maxLength={150} autoComplete="off" />
          </Form.Item>
          {note}
        </>
      );
    case 'stop':
      return (
        <>
          {reason(2000)}
          <Form.Item name="legalGround" label={t('dossier.form.legalGround')} rules={[required]}>
            <TextArea max={1000} />
          </Form.Item>
        </>
      );
    case 'apologise':
      return (
        <>
          {reason(2000)}
          <Form.Item
            name="newDueAt"
            label={t('dossier.form.newDueAt')}
            rules={[required]}
            extra={t('dossier.form.newDueAtHint')}
          >
            <Input type="datetime-local" />
          </Form.Item>
        </>
      );
    case 'reassign': {
      // Core's rule picks the role; the button only shows where core allows a reassignment, so there is one.
      const role = reassignmentRole(dossier.status);
      return (
        <>
          {role && (
            <Form.Item name="assigneeId" label={t('dossier.form.assignee')} rules={[required]}>
              <OfficerSelect role={role} />
            </Form.Item>
          )}
          {note}
        </>
      );
    }
    case 'start_appraisal':
      return (
        <>
          <Typography.Paragraph>{t('dossier.form.confirm', { code: dossier.code })}</Typography.Paragraph>
          <Form.Item name="assigneeId" label={t('dossier.form.appraiser')} extra={t('dossier.form.appraiserHint')}>
            <OfficerSelect role="appraiser" allowClear />
          </Form.Item>
        </>
      );
    case 'reissue_secret':
      return <Typography.Paragraph>{t('dossier.form.reissueIntro')}</Typography.Paragraph>;
    case 'prepare_result':
    case 'submit_online':
      return <Typography.Paragraph>{t('dossier.form.confirm', { code: dossier.code })}</Typography.Paragraph>;
  }
}
