import { Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '@motcua/core';
import { useReportFormat } from '../../components/report/useReportFormat.ts';
import { formatDayMonthYear } from '../../components/calendar/calendar-days.ts';
import { formatInstant } from '../../components/dossier/useDossierFormat.ts';
import { Figure, FigureCard } from './Figure.tsx';
import type { Drill } from './useDashboardParams.ts';

const CHANNELS = ['online', 'direct', 'post'] as const;

type Props = { dashboard: Dashboard; onOpen: (drill: Drill) => void };

/** The headline figures (DESIGN §8): received today and this month by channel, resolved, on-time rate, in progress, overdue, satisfaction. */
export function DashboardFigures({ dashboard: d, onOpen }: Props) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const big = (measure: Drill['measure'], value: number, label: string, alert = false) => (
    <Figure
      size="large"
      text={format.count(value)}
      value={value}
      label={label}
      alert={alert}
      testId={`figure-${measure}`}
      onOpen={() => onOpen({ measure })}
    />
  );
  const channels = (
    measure: 'received_today' | 'received_month',
    figures: Dashboard['receivedToday'],
    title: string,
  ) => (
    <Flex gap="small" wrap className="dash-parts">
      {CHANNELS.map((channel) => (
        <span key={channel}>
          {t(`operations.dashboard.channel.${channel}`)}{' '}
          <Figure
            text={format.count(figures[channel])}
            value={figures[channel]}
            label={`${title}, ${t(`operations.dashboard.channel.${channel}`)}`}
            testId={`figure-${measure}-${channel}`}
            onOpen={() => onOpen({ measure, channel })}
          />
        </span>
      ))}
    </Flex>
  );
  const good = d.resolvedMonth.early + d.resolvedMonth.onTime;
  // Each card says the moment its figure holds for: a span of today or of this month, or "now" for open dossiers.
  const at = formatInstant(d.at);
  const asOf = {
    today: t('operations.dashboard.asOfToday', { at }),
    month: t('operations.dashboard.asOfMonth', { from: formatDayMonthYear(d.monthStart), at }),
    now: t('operations.dashboard.asOfNow', { at }),
  };
  const label = {
    receivedToday: t('operations.dashboard.receivedToday'),
    receivedMonth: t('operations.dashboard.receivedMonth'),
    resolvedMonth: t('operations.dashboard.resolvedMonth'),
    onTimeRate: t('operations.dashboard.onTimeRate'),
    inProgress: t('operations.dashboard.inProgress'),
    overdue: t('operations.dashboard.overdue'),
  };
  return (
    <Row gutter={[16, 16]}>
      <FigureCard title={label.receivedToday} testId="card-received-today" asOf={asOf.today}>
        {big('received_today', d.receivedToday.total, label.receivedToday)}
        {channels('received_today', d.receivedToday, label.receivedToday)}
      </FigureCard>
      <FigureCard title={label.receivedMonth} testId="card-received-month" asOf={asOf.month}>
        {big('received_month', d.receivedMonth.total, label.receivedMonth)}
        {channels('received_month', d.receivedMonth, label.receivedMonth)}
      </FigureCard>
      <FigureCard title={label.resolvedMonth} testId="card-resolved-month" asOf={asOf.month}>
        {big('resolved_month', d.resolvedMonth.total, label.resolvedMonth)}
        <Flex gap="small" wrap className="dash-parts">
          <span>
            {t('operations.dashboard.resolved.early')}{' '}
            <Figure
              text={format.count(d.resolvedMonth.early)}
              value={d.resolvedMonth.early}
              label={t('operations.dashboard.measure.early_month')}
              testId="figure-early_month"
              onOpen={() => onOpen({ measure: 'early_month' })}
            />
          </span>
          <span>
            {t('operations.dashboard.resolved.onTime')}{' '}
            <Figure
              text={format.count(d.resolvedMonth.onTime)}
              value={d.resolvedMonth.onTime}
              label={t('operations.dashboard.measure.on_time_month')}
              testId="figure-on_time_month"
              onOpen={() => onOpen({ measure: 'on_time_month' })}
            />
          </span>
          <span>
            {t('operations.dashboard.resolved.late')}{' '}
            <Figure
              text={format.count(d.resolvedMonth.late)}
              value={d.resolvedMonth.late}
              label={t('operations.dashboard.measure.late_month')}
              alert={d.resolvedMonth.late > 0}
              testId="figure-late_month"
              onOpen={() => onOpen({ measure: 'late_month' })}
            />
          </span>
        </Flex>
      </FigureCard>
      <FigureCard title={label.onTimeRate} testId="card-on-time-rate" asOf={asOf.month}>
        {/* The rate is of the dossiers resolved this month: its list is theirs. */}
        {d.onTimeRate === null ? (
          <Typography.Text className="dash-value-large">{format.rate(null)}</Typography.Text>
        ) : (
          <Figure
            size="large"
            text={format.rate(d.onTimeRate)}
            value={d.onTimeRate}
            label={label.onTimeRate}
            testId="figure-on_time_rate"
            onOpen={() => onOpen({ measure: 'resolved_month' })}
          />
        )}
        <div className="dash-parts">
          {t('operations.dashboard.onTimeOf', { good: format.count(good), all: format.count(d.resolvedMonth.total) })}
        </div>
      </FigureCard>
      <FigureCard title={label.inProgress} testId="card-in-progress" asOf={asOf.now}>
        {big('in_progress', d.inProgress, label.inProgress)}
      </FigureCard>
      <FigureCard title={label.overdue} testId="card-overdue" asOf={asOf.now}>
        {big('overdue', d.overdue, label.overdue, d.overdue > 0)}
      </FigureCard>
      <FigureCard title={t('operations.dashboard.satisfaction')} testId="card-satisfaction" asOf={asOf.month}>
        {d.satisfaction === null ? (
          <Typography.Text strong data-testid="figure-satisfaction">
            {t('operations.dashboard.noRating')}
          </Typography.Text>
        ) : (
          <Typography.Text className="dash-value-large" data-testid="figure-satisfaction">
            {format.rate(d.satisfaction)}
          </Typography.Text>
        )}
        <div className="dash-parts">{t('operations.dashboard.satisfactionHint')}</div>
      </FigureCard>
    </Row>
  );
}
