import type { ReactNode } from 'react';
import { FileProtectOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DossierView } from '@motcua/core';
import { dossierFiles } from '../../api/dossiers.ts';

/** A form the server prints, opened in a new tab (not fetched by the app). */
export function PrintButton(props: {
  href: string;
  testId: string;
  label: string;
  primary?: boolean;
  icon?: ReactNode;
}) {
  return (
    <Button
      type={props.primary ? 'primary' : 'default'}
      icon={props.icon ?? <PrinterOutlined aria-hidden />}
      href={props.href}
      target="_blank"
      rel="noopener"
      data-testid={props.testId}
    >
      {props.label}
    </Button>
  );
}

/**
 * The dossier's forms to print: once received, the receipt (without the secret, which is never shown again)
 * and the control sheet; and each notice (forms 02–05) it was issued and its form set has (core `printableForms`).
 */
export function DossierPrints({ dossier: d }: { dossier: DossierView }) {
  const { t } = useTranslation();
  const received = d.receivedAt !== null;
  if (!received && d.printableForms.length === 0) return null;
  return (
    <Flex gap="small" wrap role="group" aria-label={t('dossier.page.prints')}>
      {received && (
        <>
          <PrintButton href={dossierFiles.receiptPdf(d.id)} testId="receipt-pdf" label={t('dossier.page.receiptPdf')} />
          <PrintButton
            href={dossierFiles.controlSheetPdf(d.id)}
            testId="control-sheet-pdf"
            label={t('dossier.page.controlSheetPdf')}
            icon={<FileProtectOutlined aria-hidden />}
          />
        </>
      )}
      {d.printableForms.map((form) => (
        <PrintButton
          key={form}
          href={dossierFiles.noticePdf(d.id, form)}
          testId={`notice-pdf-${form}`}
          label={t(`dossier.notice.${form}`)}
        />
      ))}
    </Flex>
  );
}
