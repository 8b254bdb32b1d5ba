import { Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportFigures, ResolutionReport } from '@motcua/core';
import { rowHeading, rowKey } from '../../components/report/ReportRowsTable.tsx';
import { useReportFormat } from '../../components/report/useReportFormat.ts';
import { figureText, STATISTICS_COLUMNS } from './statistics-columns.ts';
import './statistics.css';

type Props = { report: ResolutionReport; atEnd: string };

/** On a phone: one card per agency, its figures one under the other, the province's total last (no sideways scroll). */
export function StatisticsCards({ report, atEnd }: Props) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const card = (key: string, title: string, figures: ReportFigures, testId: string) => (
    <Card key={key} size="small" title={title} data-testid={testId} data-key={key}>
      <dl className="statistics-card-figures">
        {STATISTICS_COLUMNS.map((c) => (
          <div key={c.key}>
            <dt>
              {t(`statistics.${c.key}`)}
              {c.atEnd && <span className="statistics-at-end">{atEnd}</span>}
            </dt>
            <dd className="report-number">{figureText(c, figures, format)}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
  return (
    <Flex vertical gap="small" data-testid="statistics-cards">
      {report.rows.map((row) => {
        return card(rowKey(row), rowHeading(row), row, 'statistics-card');
      })}
      {card('total', t('report.province'), report.total, 'statistics-card-total')}
    </Flex>
  );
}
