import { useEffect } from 'react';
import { InboxOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReceiveDossierResponse } from '@motcua/core';
import { useProcedure } from '../../api/catalog.ts';
import { useAttachDocuments } from '../../api/documents.ts';
import { useReceiveDossier } from '../../api/dossiers.ts';
import { useIdempotencyKey } from '../../api/idempotency.ts';
import { useMe } from '../../api/useMe.ts';
import { CatalogSection } from '../../components/catalog/CatalogSection.tsx';
import { useCatalogFormat } from '../../components/catalog/useCatalogFormat.ts';
import { emptyTicks } from '../../components/dossier/checklist-ticks.ts';
import { ChecklistTicksField } from '../../components/dossier/ChecklistTicksField.tsx';
import { ProblemAlert } from '../../components/problem/ProblemAlert.tsx';
import { useProblemOnForm } from '../../components/problem/useProblemOnForm.ts';
import { ApplicantFields } from './ApplicantFields.tsx';
import { FeeDeliveryFields } from './FeeDeliveryFields.tsx';
import { ProcedurePicker } from './ProcedurePicker.tsx';
import {
  fixedFeesTotal,
  INITIAL_RECEPTION,
  toReceiveRequest,
  type ReceptionValues,
  type ScanUpload,
} from './reception-values.ts';
import type { ReceivedDossier } from './ReceptionOutcome.tsx';
import { ScanUploadField } from './ScanUploadField.tsx';
import { SubmitterFields } from './SubmitterFields.tsx';

/**
 * A dossier brought to the counter, in the order the officer works: the procedure, its checklist ticked
 * against what was brought (with their scans), the applicant, a submitter, the fee and the delivery.
 * Keyboard only is enough.
 */
export function ReceptionForm({ onReceived }: { onReceived: (received: ReceivedDossier) => void }) {
  const { t } = useTranslation();
  const format = useCatalogFormat();
  const { data: me } = useMe();
  const [form] = Form.useForm<ReceptionValues>();
  const receive = useReceiveDossier();
  const attach = useAttachDocuments();
  const idempotency = useIdempotencyKey();
  const problem = useProblemOnForm(form);
  const code = Form.useWatch('procedureCode', form) ?? '';
  const procedure = useProcedure(code);
  const detail = code !== '' ? procedure.data : undefined;
  const hasFees = (detail?.procedure.fees.length ?? 0) > 0;

  // Another procedure: its checklist's rows, its fixed fees, a delivery it offers.
  useEffect(() => {
    if (!detail) return;
    const offered = detail.procedure.resultDelivery;
    const delivery = form.getFieldValue('resultDelivery') as ReceptionValues['resultDelivery'];
    form.setFieldsValue({
      ticks: emptyTicks(detail.procedure.checklist),
      feePayment: { amount: fixedFeesTotal(detail) },
      resultDelivery: offered.includes(delivery) ? delivery : (offered[0] ?? 'counter'),
    });
  }, [detail, form]);

  // The scans go with the dossier whatever the outcome: form 02 is about the papers, which were seen.
  const attachScans = (answer: ReceiveDossierResponse, ids: readonly string[]) => {
    if (ids.length === 0) return onReceived({ answer, documents: [], attachError: null });
    attach.mutate(
      { ids, dossierId: answer.dossier.id },
      {
        onSuccess: (documents) => onReceived({ answer, documents, attachError: null }),
        onError: (error) => onReceived({ answer, documents: [], attachError: error }),
      },
    );
  };

  const onFinish = (values: ReceptionValues) => {
    const request = toReceiveRequest(values, hasFees);
    problem.clear();
    receive.mutate(
      { request, idempotencyKey: idempotency.keyFor(request) },
      {
        onSuccess: (answer) => {
          idempotency.succeeded();
          attachScans(answer, request.documents ?? []);
        },
        onError: problem.put,
      },
    );
  };
  const required = { required: true, message: t('reception.procedure.required') };
  const scansDone = {
    validator: (_: unknown, scans: ScanUpload[] | undefined) =>
      scans?.some((scan) => scan.status === 'uploading')
        ? Promise.reject(new Error(t('reception.scans.wait')))
        : Promise.resolve(),
  };
  return (
    <Form<ReceptionValues>
      form={form}
      layout="vertical"
      initialValues={INITIAL_RECEPTION}
      onFinish={onFinish}
      scrollToFirstError={{ block: 'center' }}
      data-testid="reception-form"
    >
      <Flex vertical gap="middle">
        <CatalogSection id="reception-procedure" level={3} title={t('reception.sections.procedure')}>
          <Form.Item
            name="procedureCode"
            label={t('reception.procedure.label')}
            rules={[required]}
            extra={t('reception.procedure.hint')}
            style={{ marginBottom: 8 }}
          >
            <ProcedurePicker agency={me?.agency?.slug} />
          </Form.Item>
          {detail && (
            <Typography.Text data-testid="chosen-procedure">
              {t('reception.procedure.chosen', {
                name: detail.procedure.name,
                // A branch receives any procedure of the province (DESIGN §13): the officer sees where it goes.
                agency: detail.agency.name,
                limit: format.timeLimit(detail.procedure.timeLimit),
              })}
            </Typography.Text>
          )}
        </CatalogSection>
        <CatalogSection id="reception-ticks" level={3} title={t('reception.sections.checklist')}>
          {detail ? (
            <ChecklistTicksField checklist={detail.procedure.checklist} />
          ) : (
            <Typography.Text type="secondary">{t('reception.procedure.first')}</Typography.Text>
          )}
          <Form.Item
            name="documents"
            label={t('reception.scans.label')}
            rules={[scansDone]}
            style={{ marginTop: 16, marginBottom: 0 }}
          >
            <ScanUploadField />
          </Form.Item>
        </CatalogSection>
        <CatalogSection id="reception-applicant" level={3} title={t('reception.sections.applicant')}>
          <ApplicantFields />
        </CatalogSection>
        <CatalogSection id="reception-submitter" level={3} title={t('reception.sections.submitter')}>
          <SubmitterFields />
        </CatalogSection>
        <CatalogSection
          id="reception-fee"
          level={3}
          title={hasFees ? t('reception.sections.feeAndDelivery') : t('reception.sections.delivery')}
        >
          <FeeDeliveryFields detail={detail} />
          <Form.Item name="notes" label={t('reception.notes')} style={{ marginBottom: 0 }}>
            <Input.TextArea maxLength={2000} autoSize={{ minRows: 1, maxRows: 4 }} />
          </Form.Item>
        </CatalogSection>
        <ProblemAlert
          error={receive.error}
          general={problem.general}
          seeMarked={t('dossier.problem.seeMarked')}
          testId="command-error"
        />
        <div>
          <Button
            type="primary"
            size="large"
            htmlType="submit"
            icon={<InboxOutlined aria-hidden />}
            loading={receive.isPending || attach.isPending}
            data-testid="reception-submit"
          >
            {t('reception.submit')}
          </Button>
        </div>
      </Flex>
    </Form>
  );
}
