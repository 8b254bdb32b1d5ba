import { Collapse, Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { AgencySlug, type NationalIndex } from '@motcua/core';
import { useAgencies } from '../../api/catalog.ts';
import { useNationalIndex } from '../../api/reports.ts';
import { AreaHeading } from '../../components/AreaHeading.tsx';
import { FilterSelect } from '../../components/FilterSelect.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { PeriodPicker } from '../../components/report/PeriodPicker.tsx';
import { usePeriodParams } from '../../components/report/usePeriodParams.ts';
import { useReportFormat } from '../../components/report/useReportFormat.ts';
import { LoadFailedInline } from '../../components/StatusPages.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { withChanges } from '../../components/url-search.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { IndexIndicator } from './IndexIndicator.tsx';
import { OperationsNav } from './OperationsNav.tsx';
import './operations.css';

/** `/operations/reports/national-index?from&to[&agency]`: the QĐ 766 index of the province or of one agency, computed live (DESIGN §7). */
export function NationalIndexPage() {
  const { t } = useTranslation();
  usePageTitle(t('operations.nationalIndex.title'));
  const [period, setPeriod] = usePeriodParams();
  const [params, setParams] = useSearchParams();
  const agency = AgencySlug.safeParse(params.get('agency')).data;
  const agencies = useAgencies();
  const answer = useNationalIndex({ ...period, agency });
  return (
    <Flex vertical gap="large">
      <AreaHeading title={t('operations.nationalIndex.title')} />
      <OperationsNav />
      <Typography.Paragraph style={{ margin: 0 }}>{t('operations.nationalIndex.intro')}</Typography.Paragraph>
      <Flex gap="large" align="end" wrap>
        <PeriodPicker period={period} onChange={setPeriod} />
        <div style={{ minWidth: 300 }}>
          <FilterSelect
            name="index-agency"
            label={t('operations.nationalIndex.scope')}
            value={agency ?? ''}
            allLabel={t('report.province')}
            options={(agencies.data ?? []).map((a) => ({ value: a.slug, label: a.name }))}
            loading={agencies.isPending}
            onChange={(slug) => setParams((prev) => withChanges(prev, ['agency'], { agency: slug }), { replace: true })}
          />
        </div>
      </Flex>
      {answer.isPending && <PageLoading />}
      {answer.isError && <LoadFailedInline message={answer.error.message} onRetry={() => void answer.refetch()} />}
      {answer.data && (
        <IndexScores index={answer.data.index} scope={answer.data.agency?.name ?? t('report.province')} />
      )}
    </Flex>
  );
}

function IndexScores({ index, scope }: { index: NationalIndex; scope: string }) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const language = currentLanguage();
  const percent = (score: number, max: number) => Math.round((score / max) * 1000) / 10;
  const items = index.groups.map((g) => ({
    key: g.id,
    label: (
      <Flex justify="space-between" gap="middle" wrap data-testid="index-group" data-id={g.id}>
        <Typography.Text strong>{g.name[language]}</Typography.Text>
        <Flex align="center" gap="small" style={{ minWidth: 260 }}>
          <span className="dash-bar" aria-hidden>
            <Progress percent={percent(g.score, g.max)} showInfo={false} size="small" />
          </span>
          <span className="report-number">
            {t('operations.nationalIndex.outOf', { score: format.score(g.score), max: format.score(g.max) })}
          </span>
        </Flex>
      </Flex>
    ),
    children: (
      <Flex vertical gap="middle">
        {g.indicators.map((i) => (
          <IndexIndicator key={i.id} indicator={i} />
        ))}
      </Flex>
    ),
  }));
  return (
    <section aria-labelledby="index-total">
      <Flex align="center" gap="large" wrap style={{ marginBottom: 16 }}>
        <span aria-hidden>
          <Progress
            type="dashboard"
            percent={percent(index.total, index.max)}
            format={() => format.score(index.total)}
          />
        </span>
        <div>
          <Typography.Title level={2} id="index-total" style={{ fontSize: 20, margin: 0 }}>
            {t('operations.nationalIndex.total')}:{' '}
            <span data-testid="index-total">
              {t('operations.nationalIndex.outOf', { score: format.score(index.total), max: format.score(index.max) })}
            </span>
          </Typography.Title>
          <Typography.Text type="secondary">
            {scope} · {t('operations.nationalIndex.basis', { basis: index.basis, version: index.formulaVersion })}
          </Typography.Text>
        </div>
      </Flex>
      <Collapse items={items} />
    </section>
  );
}
