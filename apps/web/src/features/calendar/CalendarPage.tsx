import { Col, Flex, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCalendarYear, useYearDays } from '../../api/calendar.ts';
import { CalendarPageHeader } from '../../components/calendar/CalendarPageHeader.tsx';
import { YearCalendar } from '../../components/calendar/YearCalendar.tsx';
import { useYearParam } from '../../components/calendar/useYearParam.ts';
import { PageLoading } from '../../components/PageLoading.tsx';
import { LoadFailedInline } from '../../components/StatusPages.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { OfficeHoursSummary } from './OfficeHoursSummary.tsx';
import { SpecialDaysTable } from './SpecialDaysTable.tsx';
import { YearSummary } from './YearSummary.tsx';

/** The public working calendar (`/calendar?year=2025`): the year's days, its counts and the office hours. */
export function CalendarPage() {
  const { t } = useTranslation();
  const [year, setYear] = useYearParam();
  const days = useYearDays(year);
  const info = useCalendarYear(year);
  usePageTitle(t('calendar.title'));
  // A year without a notice has the server's own (Vietnamese) note of the defaults; say it in the UI language.
  const reference = info.data && (info.data.notice?.reference ?? t('calendar.defaultReference'));
  return (
    <Flex vertical gap="middle">
      <CalendarPageHeader title={t('calendar.title')} intro={t('calendar.intro')} year={year} onYearChange={setYear} />
      {days.isPending && <PageLoading />}
      {days.isError && <LoadFailedInline message={days.error.message} onRetry={() => void days.refetch()} />}
      {days.data && (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={14}>
              <YearSummary year={year} days={days.data} />
            </Col>
            <Col xs={24} lg={10}>
              <OfficeHoursSummary />
            </Col>
          </Row>
          <YearCalendar year={year} days={days.data} reference={reference} />
          <SpecialDaysTable days={days.data} />
        </>
      )}
    </Flex>
  );
}
