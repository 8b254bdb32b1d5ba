import { Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { ReactNode } from 'react';
import { ConsultationWarning } from '@motcua/core';
import { useConsultations } from '../../api/consultations.ts';
import { AreaHeading } from '../../components/AreaHeading.tsx';
import { FilterSelect } from '../../components/FilterSelect.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { withChanges } from '../../components/url-search.ts';
import { CONSULTATION_KEYS, consultationSearchOf } from './consultation-params.ts';
import { ConsultationTable } from './ConsultationTable.tsx';
import { ProcessingNav } from './ProcessingNav.tsx';

type Changes = Partial<Record<(typeof CONSULTATION_KEYS)[number], string | number | undefined>>;

/**
 * `/processing/consultations`: what the officer's agency is consulted on (liên thông, DESIGN §6), awaited
 * ones first by default; the head filters the overdue. Filters in the URL, paged by the server.
 */
export function ConsultationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('consultation.title'));
  const [params, setParams] = useSearchParams();
  const search = consultationSearchOf(params);
  const update = (changes: Changes) =>
    setParams((prev) => withChanges(prev, CONSULTATION_KEYS, changes), { replace: true });
  const results = useConsultations(search);
  const column = (node: ReactNode) => (
    <Col xs={24} sm={12} lg={6}>
      {node}
    </Col>
  );
  return (
    <Flex vertical gap="middle">
      <AreaHeading title={t('processing.title')} />
      <ProcessingNav />
      <section aria-labelledby="consultations-title">
        <Typography.Title level={2} id="consultations-title" style={{ fontSize: 20 }}>
          {t('consultation.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('consultation.intro')}</Typography.Paragraph>
        <h3 className="visually-hidden">{t('consultation.filters.title')}</h3>
        <Row gutter={[12, 12]} align="bottom" style={{ marginBottom: 12 }}>
          {column(
            <FilterSelect
              name="consultation-status"
              label={t('consultation.filters.status')}
              // The select's own "all" stands for the server's `all`; no status in the URL means awaited ones.
              value={search.status === 'all' ? '' : search.status}
              allLabel={t('consultation.status.all')}
              options={(['open', 'answered'] as const).map((s) => ({ value: s, label: t(`consultation.status.${s}`) }))}
              onChange={(status) => update({ status: status ?? 'all' })}
            />,
          )}
          {column(
            <FilterSelect
              name="consultation-warning"
              label={t('consultation.filters.warning')}
              value={search.warning ?? ''}
              allLabel={t('consultation.filters.all')}
              options={ConsultationWarning.options.map((w) => ({ value: w, label: t(`consultation.warning.${w}`) }))}
              onChange={(warning) => update({ warning })}
            />,
          )}
        </Row>
        <ConsultationTable
          results={results}
          page={search.page}
          pageSize={search.pageSize}
          onPageChange={(page, pageSize) => update({ page, pageSize })}
        />
      </section>
    </Flex>
  );
}
