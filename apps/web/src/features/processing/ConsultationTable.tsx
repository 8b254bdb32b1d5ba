import type { HTMLAttributes } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ConsultationItem, ConsultationList } from '@motcua/core';
import { LoadFailedInline } from '../../components/StatusPages.tsx';
import { ConsultationAnswer } from '../../components/dossier/ConsultationAnswer.tsx';
import { inboxPagination } from '../../components/dossier/inbox-pagination.ts';
import { dossierPaths } from '../../components/dossier/dossier-paths.ts';
import { formatInstant } from '../../components/dossier/useDossierFormat.ts';

type Props = {
  results: UseQueryResult<ConsultationList>;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
};

const WARNING_TONES = { due_soon: 'waiting', overdue: 'stopped' } as const;

/**
 * The consultations in the server's order (soonest deadline first); each code opens the dossier, where the
 * officer reads its documents and answers. Three wrapping columns and no horizontal scroll: readable at 375 px.
 */
export function ConsultationTable({ results, page, pageSize, onPageChange }: Props) {
  const { t } = useTranslation();
  const columns = [
    {
      key: 'dossier',
      title: t('consultation.columns.dossier'),
      render: (_: unknown, c: ConsultationItem) => (
        <Flex vertical gap={2} style={{ overflowWrap: 'anywhere' }}>
          <Link
            to={dossierPaths.view(c.dossier.id)}
            className="dossier-code"
            // The code may break after its hyphens in this narrow column (a phone's width).
            style={{ whiteSpace: 'normal' }}
            data-testid="consultation-link"
          >
            {c.dossier.code}
          </Link>
          <Typography.Text>{c.dossier.procedure.name}</Typography.Text>
          <Typography.Text type="secondary">{t('consultation.lead', { name: c.leadAgency.name })}</Typography.Text>
          <Typography.Text italic>{c.question}</Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'deadline',
      title: t('consultation.columns.deadline'),
      width: 110,
      render: (_: unknown, c: ConsultationItem) => (
        <Flex vertical gap={4} align="start">
          <span>{formatInstant(c.deadline)}</span>
          {c.warnings.map((w) => (
            <Tag key={w} className={`dossier-tag dossier-tag-${WARNING_TONES[w]}`} data-testid="consultation-warning">
              {t(`consultation.warning.${w}`)}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      key: 'answer',
      title: t('consultation.columns.answer'),
      render: (_: unknown, c: ConsultationItem) => <ConsultationAnswer {...c} />,
    },
  ];
  // Table rows take any attribute; `onRow`'s type only lists the standard ones.
  const rowProps = (c: ConsultationItem) =>
    ({ 'data-testid': 'consultation-row', 'data-code': c.dossier.code }) as HTMLAttributes<HTMLElement>;
  return (
    <>
      {results.isError && <LoadFailedInline message={results.error.message} onRetry={() => void results.refetch()} />}
      <Table<ConsultationItem>
        rowKey={(c) => `${c.dossier.id}/${c.no}`}
        size="small"
        tableLayout="fixed"
        columns={columns}
        dataSource={results.data?.items ?? []}
        loading={results.isFetching && !results.data}
        onRow={rowProps}
        locale={{ emptyText: <Typography.Text type="secondary">{t('consultation.empty')}</Typography.Text> }}
        pagination={inboxPagination({ page, pageSize, total: results.data?.total ?? 0, onPageChange }, (total) =>
          t('consultation.count', { count: total }),
        )}
      />
    </>
  );
}
