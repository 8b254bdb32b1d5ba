import { Breadcrumb, Col, Flex, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCalendarYear, useYearDays } from '../../../api/calendar.ts';
import { CalendarPageHeader } from '../../../components/calendar/CalendarPageHeader.tsx';
import { useYearParam } from '../../../components/calendar/useYearParam.ts';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { LoadFailedInline } from '../../../components/StatusPages.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { AuditTable } from './AuditTable.tsx';
import { HolidayRulesCard } from './HolidayRulesCard.tsx';
import { NoticeEditor } from './NoticeEditor.tsx';
import { OfficeHoursCard } from './OfficeHoursCard.tsx';

/** `/admin/calendar?year=2027`: the year's notice edited on the grid, the holiday rules, the office hours and the change log. */
export function AdminCalendarPage() {
  const { t } = useTranslation();
  const [year, setYear] = useYearParam();
  const days = useYearDays(year);
  const info = useCalendarYear(year);
  usePageTitle(t('adminCalendar.title'));
  const failed = days.error ?? info.error;
  const retry = () => void Promise.all([days.refetch(), info.refetch()]);
  return (
    <Flex vertical gap="middle">
      <Breadcrumb items={[{ title: <Link to="/admin">{t('areas.admin')}</Link> }, { title: t('calendar.title') }]} />
      <CalendarPageHeader
        title={t('adminCalendar.title')}
        intro={t('adminCalendar.intro')}
        year={year}
        onYearChange={setYear}
      />
      {failed && <LoadFailedInline message={failed.message} onRetry={retry} />}
      {!failed && (!days.data || !info.data) && <PageLoading />}
      {days.data && info.data && <NoticeEditor key={year} year={year} days={days.data} info={info.data} />}
      <HolidayRulesCard />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9}>
          <OfficeHoursCard />
        </Col>
        <Col xs={24} lg={15}>
          <AuditTable />
        </Col>
      </Row>
    </Flex>
  );
}
