import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NoticeForm } from '@motcua/core';
import { dossierFiles } from '../../api/dossiers.ts';
import { PrintButton } from './DossierPrints.tsx';

/** What a transition has just issued: a new look-up secret (reception, reissue) or a notice (forms 02–05). */
export type Issued = { secret: string | null; form: NoticeForm | null };

/**
 * Shown once, right after the transition: the secret is kept nowhere but as its hash (DESIGN §6), so the page
 * offers the receipt that prints it now; a notice just issued is offered for printing at once.
 */
export function IssuedNotice({
  dossierId,
  issued,
  onClose,
}: {
  dossierId: string;
  issued: Issued;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { secret, form } = issued;
  if (!secret && !form) return null;
  return (
    <Alert
      type={secret ? 'warning' : 'success'}
      showIcon
      closable
      onClose={onClose}
      data-testid="issued-notice"
      title={secret ? t('dossier.issued.secretTitle') : t('dossier.issued.formTitle')}
      description={
        <Flex vertical gap="small" align="start">
          {secret && (
            <>
              <span className="dossier-secret" data-testid="issued-secret">
                {secret}
              </span>
              <Typography.Text type="secondary">{t('dossier.issued.secretNote')}</Typography.Text>
              <PrintButton
                primary
                href={dossierFiles.receiptPdf(dossierId, secret)}
                testId="issued-receipt-pdf"
                label={t('dossier.issued.printReceipt')}
              />
            </>
          )}
          {form && (
            <PrintButton
              primary
              href={dossierFiles.noticePdf(dossierId, form)}
              testId={`issued-${form}-pdf`}
              label={t(`dossier.notice.${form}`)}
            />
          )}
        </Flex>
      }
    />
  );
}
