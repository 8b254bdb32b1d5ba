import { useEffect, useRef } from 'react';
import { FileTextOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DocumentInfo, MissingItem, ReceiveDossierResponse } from '@motcua/core';
import { dossierFiles } from '../../api/dossiers.ts';
import { ButtonLink } from '../../components/ButtonLink.tsx';
import { dossierPaths } from '../../components/dossier/dossier-paths.ts';
import { useDossierFormat } from '../../components/dossier/useDossierFormat.ts';
import { problemOf } from '../../components/problem/problem.ts';

/** One line of form 02 in the UI language: what the checklist asks and what was brought. */
function useMissingText() {
  const { t } = useTranslation();
  return (m: MissingItem) => {
    const form = t(`catalog.documentForm.${m.form}`);
    if (m.reason === 'absent') return t('reception.missing.absent', { count: m.count, form });
    if (m.reason === 'too_few') return t('reception.missing.tooFew', { provided: m.provided, count: m.count, form });
    return t('reception.missing.wrongForm', { form });
  };
}

/** A reception's answer with the scans attached to the dossier, or why they could not be. */
export type ReceivedDossier = { answer: ReceiveDossierResponse; documents: DocumentInfo[]; attachError: unknown };

/**
 * What the counter tells the applicant: received (the code, the secret printed only on the receipt,
 * the due moment, the receipt to print), or the exact list of what is missing (form 02), never a receipt.
 */
export function ReceptionOutcome({
  received: { answer, documents, attachError },
  onNext,
}: {
  received: ReceivedDossier;
  onNext: () => void;
}) {
  const { t } = useTranslation();
  const format = useDossierFormat();
  const missingText = useMissingText();
  const heading = useRef<HTMLHeadingElement>(null);
  // The answer replaces the form: the keyboard and the screen reader go to it.
  useEffect(() => heading.current?.focus(), []);
  const { dossier } = answer;
  const received = answer.outcome === 'received';
  const actions = (
    <Flex gap="small" wrap>
      {received && (
        <Button
          type="primary"
          size="large"
          icon={<PrinterOutlined aria-hidden />}
          href={dossierFiles.receiptPdf(dossier.id, answer.secret)}
          target="_blank"
          rel="noopener"
          data-testid="receipt-pdf"
        >
          {t('reception.outcome.printReceipt')}
        </Button>
      )}
      {!received && (
        // Form 02 lists what is missing (NĐ 61/2018 art. 15): handed to the applicant now, instead of a receipt.
        <Button
          type="primary"
          size="large"
          icon={<PrinterOutlined aria-hidden />}
          href={dossierFiles.noticePdf(dossier.id, 'supplement')}
          target="_blank"
          rel="noopener"
          data-testid="supplement-pdf"
        >
          {t('reception.outcome.printSupplement')}
        </Button>
      )}
      <ButtonLink
        to={dossierPaths.view(dossier.id)}
        size="large"
        icon={<FileTextOutlined aria-hidden />}
        data-testid="open-dossier"
      >
        {t('reception.outcome.openDossier')}
      </ButtonLink>
      <Button size="large" icon={<PlusOutlined aria-hidden />} onClick={onNext} data-testid="reception-next">
        {t('reception.outcome.next')}
      </Button>
    </Flex>
  );
  return (
    <Flex vertical gap="middle" data-testid="reception-outcome" data-outcome={answer.outcome}>
      <h3 ref={heading} tabIndex={-1} className="card-heading">
        {received ? t('reception.outcome.received') : t('reception.outcome.supplement')}
      </h3>
      <Descriptions bordered size="small" column={1}>
        <Descriptions.Item label={t('dossier.header.code')}>
          <span className="dossier-code" data-testid="received-code">
            {dossier.code}
          </span>
        </Descriptions.Item>
        {received && answer.secret && (
          <Descriptions.Item label={t('reception.outcome.secret')}>
            <span className="dossier-secret" data-testid="received-secret">
              {answer.secret}
            </span>
            <div>
              <Typography.Text type="secondary">{t('reception.outcome.secretNote')}</Typography.Text>
            </div>
          </Descriptions.Item>
        )}
        {received && dossier.dueAt && (
          <Descriptions.Item label={t('dossier.header.dueAt')}>
            <span data-testid="received-due">{format.instant(dossier.dueAt)}</span>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('dossier.header.procedure')}>{dossier.procedure.name}</Descriptions.Item>
        {documents.length > 0 && (
          <Descriptions.Item label={t('reception.outcome.documents')}>
            <ul className="plain-list" data-testid="received-documents">
              {documents.map((document) => (
                <li key={document.id}>{document.name}</li>
              ))}
            </ul>
          </Descriptions.Item>
        )}
      </Descriptions>
      {attachError !== null && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          data-testid="attach-error"
          title={t('reception.outcome.attachFailed')}
          description={problemOf(attachError)?.title ?? t('errors.network')}
        />
      )}
      {!received && (
        <Alert
          type="warning"
          showIcon
          title={t('reception.outcome.missingTitle')}
          description={
            <ol className="dossier-timeline-details" data-testid="missing-items">
              {answer.missing.map((m) => (
                <li key={m.item} data-testid="missing-item">
                  <strong>{m.name}</strong>: {missingText(m)}
                </li>
              ))}
            </ol>
          }
        />
      )}
      {actions}
    </Flex>
  );
}
