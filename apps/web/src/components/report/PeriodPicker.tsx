import { Button, Flex, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LocalDate } from '@motcua/core';
import './report.css';
import { PERIOD_PRESETS, periodToDate, presetOf, todayAtCenter, type Period } from './report-period.ts';

/**
 * A report's period: two dates, and quick buttons for this month, quarter and year to date. A date that
 * would reverse the period moves the other one with it, so that the period shown is always valid.
 */
export function PeriodPicker({ period, onChange }: { period: Period; onChange: (period: Period) => void }) {
  const { t } = useTranslation();
  const today = todayAtCenter();
  const current = presetOf(period, today);
  const change = (bound: keyof Period, value: string) => {
    if (!LocalDate.safeParse(value).success) return;
    const next = { ...period, [bound]: value };
    if (next.from > next.to) next[bound === 'from' ? 'to' : 'from'] = value;
    onChange(next);
  };
  const date = (bound: keyof Period) => (
    <div>
      <label htmlFor={`period-${bound}`}>
        <Typography.Text strong>{t(`report.period.${bound}`)}</Typography.Text>
      </label>
      <Input
        id={`period-${bound}`}
        data-testid={`period-${bound}`}
        type="date"
        value={period[bound]}
        onChange={(event) => change(bound, event.target.value)}
        style={{ width: 170, display: 'block', marginTop: 4 }}
      />
    </div>
  );
  return (
    <fieldset className="report-period">
      <legend className="visually-hidden">{t('report.period.label')}</legend>
      <Flex gap="middle" align="end" wrap>
        {date('from')}
        {date('to')}
        <Space.Compact>
          {PERIOD_PRESETS.map((preset) => (
            <Button
              key={preset}
              type={current === preset ? 'primary' : 'default'}
              aria-pressed={current === preset}
              data-testid={`period-${preset}`}
              onClick={() => onChange(periodToDate(preset, today))}
            >
              {t(`report.period.${preset}`)}
            </Button>
          ))}
        </Space.Compact>
      </Flex>
    </fieldset>
  );
}
