import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

const SWATCHES = [
  { kind: 'working', key: 'working' },
  { kind: 'weekend', key: 'weekend' },
  { kind: 'holiday', key: 'holiday' },
  { kind: 'saturday-worked', key: 'saturdayWorked' },
] as const;

/** What the colours mean; with `showChanged`, also the mark of an unsaved edit. */
export function CalendarLegend({ showChanged = false }: { showChanged?: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex component="ul" className="cal-legend" wrap gap="middle" aria-label={t('calendar.legend.title')}>
      {SWATCHES.map(({ kind, key }) => (
        <li key={kind}>
          <span className={`cal-swatch cal-day--${kind}`} aria-hidden /> {t(`calendar.legend.${key}`)}
        </li>
      ))}
      {showChanged && (
        <li>
          <span className="cal-swatch cal-day--changed" aria-hidden /> {t('calendar.legend.changed')}
        </li>
      )}
      <li>
        <Typography.Text type="secondary">{t('calendar.legend.lunar')}</Typography.Text>
      </li>
    </Flex>
  );
}
