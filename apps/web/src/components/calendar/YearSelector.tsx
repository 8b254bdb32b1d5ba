import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { FIRST_CALENDAR_YEAR, LAST_CALENDAR_YEAR } from './calendar-days.ts';

const SPAN = 5;

/** The previous and next year as buttons, and the years around the chosen one in a list. */
export function YearSelector({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const { t } = useTranslation();
  const first = Math.max(FIRST_CALENDAR_YEAR, year - SPAN);
  const last = Math.min(LAST_CALENDAR_YEAR, year + SPAN);
  const options = Array.from({ length: last - first + 1 }, (_, i) => ({ value: first + i, label: String(first + i) }));
  return (
    <Space.Compact>
      <Button
        icon={<LeftOutlined aria-hidden />}
        aria-label={t('calendar.previousYear')}
        title={t('calendar.previousYear')}
        disabled={year <= FIRST_CALENDAR_YEAR}
        onClick={() => onChange(year - 1)}
      />
      <Select<number>
        data-testid="year-select"
        aria-label={t('calendar.year')}
        value={year}
        options={options}
        onChange={onChange}
        style={{ width: 96 }}
      />
      <Button
        icon={<RightOutlined aria-hidden />}
        aria-label={t('calendar.nextYear')}
        title={t('calendar.nextYear')}
        disabled={year >= LAST_CALENDAR_YEAR}
        onClick={() => onChange(year + 1)}
      />
    </Space.Compact>
  );
}
