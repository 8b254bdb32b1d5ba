import { Descriptions, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConsultationView, DossierView, PauseReason } from '@motcua/core';
import { CatalogSection } from '../../components/catalog/CatalogSection.tsx';
import { ConsultationAnswer } from '../../components/dossier/ConsultationAnswer.tsx';
import { useDossierFormat } from '../../components/dossier/useDossierFormat.ts';

type Pause = DossierView['pauses'][number];

/** Pauses of the clock (awaiting a supplement), consultations, the apology and the decision: each shown once it exists. */
export function DossierRecords({ dossier }: { dossier: DossierView }) {
  const { t } = useTranslation();
  const format = useDossierFormat();
  const { pauses, consultations, apology, decision } = dossier;
  return (
    <>
      {pauses.length > 0 && (
        <CatalogSection id="dossier-pauses" title={t('dossier.pauses.title')}>
          <Table<Pause>
            size="small"
            rowKey="start"
            pagination={false}
            dataSource={pauses}
            data-testid="dossier-pauses"
            columns={[
              {
                key: 'start',
                title: t('dossier.pauses.start'),
                render: (_: unknown, p: Pause) => format.instant(p.start),
              },
              {
                key: 'end',
                title: t('dossier.pauses.end'),
                render: (_: unknown, p: Pause) => (p.end ? format.instant(p.end) : t('dossier.pauses.open')),
              },
              {
                key: 'reason',
                title: t('dossier.pauses.reason'),
                // Core's `PauseReason` value, worded by i18n (an enum is never shown raw).
                render: (_: unknown, p: Pause) => t(`dossier.pauses.reasons.${p.reason as PauseReason}`),
              },
            ]}
          />
        </CatalogSection>
      )}
      {consultations.length > 0 && (
        <CatalogSection id="dossier-consultations" title={t('dossier.consultations.title')}>
          <Table<ConsultationView>
            size="small"
            rowKey="no"
            pagination={false}
            dataSource={consultations}
            data-testid="dossier-consultations"
            // No horizontal scroll: the cells wrap, so the answer stays in sight at 375 px.
            tableLayout="fixed"
            columns={[
              {
                key: 'agency',
                title: t('dossier.consultations.agency'),
                render: (_: unknown, c: ConsultationView) => (
                  <Flex vertical gap={2} style={{ overflowWrap: 'anywhere' }}>
                    <Typography.Text strong>{`${c.no}. ${c.agency.name}`}</Typography.Text>
                    <Typography.Text type="secondary">{c.question}</Typography.Text>
                  </Flex>
                ),
              },
              {
                key: 'deadline',
                title: t('dossier.consultations.deadline'),
                width: 96,
                render: (_: unknown, c: ConsultationView) => format.instant(c.deadline),
              },
              {
                key: 'answer',
                title: t('dossier.consultations.answer'),
                render: (_: unknown, c: ConsultationView) => <ConsultationAnswer {...c} />,
              },
            ]}
          />
        </CatalogSection>
      )}
      {apology && (
        <CatalogSection id="dossier-apology" title={t('dossier.apology.title')}>
          <Descriptions
            bordered
            size="small"
            column={1}
            items={[
              { key: 'at', label: t('dossier.apology.at'), children: format.instant(apology.at) },
              { key: 'new', label: t('dossier.apology.newDueAt'), children: format.instant(apology.newDueAt) },
              { key: 'reason', label: t('dossier.apology.reason'), children: apology.reason },
              ...(apology.late
                ? [{ key: 'late', label: t('dossier.apology.lateLabel'), children: t('dossier.apology.late') }]
                : []),
            ]}
          />
        </CatalogSection>
      )}
      {decision && (
        <CatalogSection id="dossier-decision" title={t('dossier.decision.title')}>
          <Descriptions
            bordered
            size="small"
            column={1}
            data-testid="dossier-decision"
            items={[
              { key: 'outcome', label: t('dossier.decision.outcome'), children: format.status(decision.outcome) },
              { key: 'at', label: t('dossier.decision.at'), children: format.instant(decision.at) },
              ...(decision.resultNumber
                ? [
                    {
                      key: 'number',
                      label: t('dossier.decision.resultNumber'),
                      children: <span data-testid="result-number">{decision.resultNumber}</span>,
                    },
                  ]
                : []),
              ...(decision.reasons.length > 0
                ? [
                    {
                      key: 'reasons',
                      label: t('dossier.decision.reasons'),
                      children: <Typography.Text>{decision.reasons.join('; ')}</Typography.Text>,
                    },
                  ]
                : []),
            ]}
          />
        </CatalogSection>
      )}
    </>
  );
}
