import { Col, Flex, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '@motcua/core';
import { useAgencies } from '../../api/catalog.ts';
import { useDashboard, useDashboardDossiers, useDashboardStream } from '../../api/dashboard.ts';
import { useMe } from '../../api/useMe.ts';
import { AreaHeading } from '../../components/AreaHeading.tsx';
import { FilterSelect } from '../../components/FilterSelect.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { LoadFailedInline } from '../../components/StatusPages.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { DashboardFigures } from './DashboardFigures.tsx';
import { DashboardRowsTable } from './DashboardRowsTable.tsx';
import { DrillDrawer } from './DrillDrawer.tsx';
import { LiveStatus } from './LiveStatus.tsx';
import { OperationsNav } from './OperationsNav.tsx';
import { TrendTable } from './TrendTable.tsx';
import { useDashboardParams, type Drill } from './useDashboardParams.ts';
import './operations.css';

/**
 * `/operations`: the leaders' live dashboard (DESIGN §8). A director sees the province or picks an
 * agency; an agency head sees their own. Every figure opens the list of the dossiers it counts.
 */
export function OperationsHome() {
  const { t } = useTranslation();
  usePageTitle(t('operations.dashboard.title'));
  const { data: me } = useMe();
  const isDirector = me?.roles.includes('director') ?? false;
  const params = useDashboardParams();
  const agency = isDirector ? params.agency : undefined;
  const dashboard = useDashboard(agency);
  const live = useDashboardStream();
  const agencies = useAgencies();
  const { drill } = params;
  const dossiers = useDashboardDossiers(
    drill && { ...drill, agency: drill.agency ?? agency, page: params.page, pageSize: params.pageSize },
  );
  const d = dashboard.data;
  const describe = (open: Drill) => {
    const names = [
      t(`operations.dashboard.measure.${open.measure}`),
      open.agency && d?.byAgency.find((row) => row.agency.slug === open.agency)?.agency.name,
      open.field && d?.byField.find((row) => row.field.code === open.field)?.field.name,
      open.channel && t(`operations.dashboard.channel.${open.channel}`),
    ];
    return names.filter(Boolean).join(' · ');
  };
  return (
    <Flex vertical gap="large">
      <AreaHeading title={t('operations.dashboard.title')} />
      <OperationsNav />
      <Row gutter={[16, 16]} justify="space-between" align="bottom">
        <Col xs={24} md={10}>
          {isDirector && (
            <FilterSelect
              name="agency"
              label={t('report.agency')}
              value={params.agency ?? ''}
              allLabel={t('report.allAgencies')}
              options={(agencies.data ?? []).map((a) => ({ value: a.slug, label: a.name }))}
              loading={agencies.isPending}
              onChange={params.setAgency}
            />
          )}
        </Col>
        <Col xs={24} md={14}>
          <LiveStatus live={live} dashboard={d} />
        </Col>
      </Row>
      {dashboard.isPending && <PageLoading />}
      {dashboard.isError && (
        <LoadFailedInline message={dashboard.error.message} onRetry={() => void dashboard.refetch()} />
      )}
      {d && <DashboardBody dashboard={d} onOpen={params.open} />}
      <DrillDrawer
        title={drill && describe(drill)}
        results={dossiers}
        page={params.page}
        pageSize={params.pageSize}
        onPageChange={params.setPage}
        onClose={params.close}
      />
    </Flex>
  );
}

function DashboardBody({ dashboard, onOpen }: { dashboard: Dashboard; onOpen: (drill: Drill) => void }) {
  return (
    <>
      <DashboardFigures dashboard={dashboard} onOpen={onOpen} />
      <TrendTable trend={dashboard.trend} />
      {/* Split by agency only for the whole province: one agency's row would repeat the cards. */}
      {dashboard.agency === null && <DashboardRowsTable rows={dashboard.byAgency} by="agency" onOpen={onOpen} />}
      <DashboardRowsTable rows={dashboard.byField} by="field" onOpen={onOpen} />
    </>
  );
}
