import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DossierView } from '@motcua/core';
import { useCatalogFormat } from '../../components/catalog/useCatalogFormat.ts';
import { useDossierFormat } from '../../components/dossier/useDossierFormat.ts';

/** The classification of DESIGN §5 as the dossier stands: resolved early, on time or late; in progress on time or overdue. */
function useClassificationText() {
  const { t } = useTranslation();
  return (c: DossierView['classification']) => {
    if (c === null) return t('dossier.classification.none');
    return c.status === 'resolved'
      ? t(`dossier.classification.resolved.${c.timeliness}`)
      : t(`dossier.classification.inProgress.${c.timeliness}`);
  };
}

/** The dossier's key facts: procedure, agency, where received, channel, limit, the moments of its clock, its classification. */
export function DossierFacts({ dossier }: { dossier: DossierView }) {
  const { t } = useTranslation();
  const format = useDossierFormat();
  const catalog = useCatalogFormat();
  const classification = useClassificationText();
  const at = (iso: string | null) => (iso ? format.instant(iso) : '—');
  const items = [
    {
      key: 'procedure',
      label: t('dossier.header.procedure'),
      children: `${dossier.procedure.name} (${dossier.procedure.code})`,
    },
    { key: 'agency', label: t('dossier.header.agency'), children: dossier.agency.name },
    // DESIGN §13: a routed dossier is worked on by the agency but its receipt and result belong where it was received.
    {
      key: 'receivingCenter',
      label: t('dossier.header.receivingCenter'),
      children: (
        <span data-testid="dossier-receiving-center">
          {dossier.receivingCenter.name} ({dossier.receivingCenter.code})
        </span>
      ),
    },
    { key: 'channel', label: t('dossier.header.channel'), children: t(`dossier.channel.${dossier.channel}`) },
    { key: 'limit', label: t('dossier.header.timeLimit'), children: catalog.timeLimit(dossier.procedure.timeLimit) },
    { key: 'received', label: t('dossier.header.receivedAt'), children: at(dossier.receivedAt) },
    {
      key: 'due',
      label: t('dossier.header.dueAt'),
      children: <span data-testid="dossier-due">{at(dossier.dueAt)}</span>,
    },
    {
      key: 'classification',
      label: t('dossier.header.classification'),
      children: <span data-testid="dossier-classification">{classification(dossier.classification)}</span>,
    },
    { key: 'assignee', label: t('dossier.header.assignee'), children: dossier.assignee?.fullName ?? '—' },
    ...(dossier.resolvedAt
      ? [{ key: 'resolved', label: t('dossier.header.resolvedAt'), children: at(dossier.resolvedAt) }]
      : []),
    ...(dossier.returnedAt
      ? [{ key: 'returned', label: t('dossier.header.returnedAt'), children: at(dossier.returnedAt) }]
      : []),
    { key: 'delivery', label: t('dossier.header.delivery'), children: t(`catalog.delivery.${dossier.resultDelivery}`) },
    ...(dossier.feePayment
      ? [
          {
            key: 'fee',
            label: t('dossier.header.fee'),
            children: t('dossier.header.feeValue', {
              amount: catalog.money(dossier.feePayment.amount),
              number: dossier.feePayment.receiptNumber,
            }),
          },
        ]
      : []),
    ...(dossier.notes ? [{ key: 'notes', label: t('dossier.header.notes'), children: dossier.notes }] : []),
  ];
  return <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} data-testid="dossier-facts" />;
}
