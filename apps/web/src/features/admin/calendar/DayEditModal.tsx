import { useState } from 'react';
import { Alert, Button, Flex, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CalendarDay, YearlyNotice } from '@motcua/core';
import { weekdayOfDate } from '../../../components/calendar/calendar-days.ts';
import { useDayTexts } from '../../../components/calendar/useDayTexts.ts';
import { withDayOff, withoutDayOff, withoutSaturdayWorked, withSaturdayWorked } from './notice-draft.ts';

export type DayEditModalProps = {
  /** The day as the grid shows it, draft included. */
  day: CalendarDay;
  draft: YearlyNotice;
  onChange: (draft: YearlyNotice) => void;
  onClose: () => void;
};

/** What the admin may do with one day: a weekday becomes a day off (or stops being one), a Saturday becomes worked (or not). */
export function DayEditModal({ day, draft, onChange, onClose }: DayEditModalProps) {
  const { t } = useTranslation();
  const weekday = weekdayOfDate(day.date);
  const dayOff = draft.daysOff.find((d) => d.date === day.date);
  const worked = draft.saturdaysWorked.includes(day.date);
  const [name, setName] = useState(dayOff?.name ?? t('adminCalendar.day.offNameDefault'));
  const apply = (next: YearlyNotice) => {
    onChange(next);
    onClose();
  };
  const { dayName, kindLabel } = useDayTexts();
  const nameMissing = name.trim() === '';
  return (
    <Modal
      open
      title={dayName(day.date)}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('adminCalendar.day.close')}</Button>}
    >
      <Flex vertical gap="middle" data-testid="day-editor">
        <Typography.Text>{t('adminCalendar.day.state', { state: kindLabel(day) })}</Typography.Text>
        {weekday === 0 && <Alert type="info" showIcon title={t('adminCalendar.day.sunday')} />}
        {weekday === 6 && !worked && (
          <Button type="primary" onClick={() => apply(withSaturdayWorked(draft, day.date))}>
            {t('adminCalendar.day.markWorked')}
          </Button>
        )}
        {weekday === 6 && worked && (
          <Button danger onClick={() => apply(withoutSaturdayWorked(draft, day.date))}>
            {t('adminCalendar.day.unmarkWorked')}
          </Button>
        )}
        {weekday >= 1 && weekday <= 5 && (
          <Form layout="vertical" onFinish={() => apply(withDayOff(draft, day.date, name.trim()))}>
            <Form.Item
              label={t('adminCalendar.day.offName')}
              htmlFor="day-off-name"
              validateStatus={nameMissing ? 'error' : undefined}
              help={nameMissing ? t('adminCalendar.day.offNameRequired') : undefined}
            >
              <Input
                id="day-off-name"
                value={name}
                onChange={(e) => setName(e.target.value)}
                maxLength={200}
                autoFocus
              />
            </Form.Item>
            <Flex gap="small" wrap>
              <Button type="primary" htmlType="submit" disabled={nameMissing}>
                {dayOff ? t('adminCalendar.day.renameOff') : t('adminCalendar.day.markOff')}
              </Button>
              {dayOff && (
                <Button danger onClick={() => apply(withoutDayOff(draft, day.date))}>
                  {t('adminCalendar.day.removeOff')}
                </Button>
              )}
            </Flex>
            {dayOff && (
              <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
                {t('adminCalendar.day.fixedHolidays')}
              </Typography.Paragraph>
            )}
          </Form>
        )}
      </Flex>
    </Modal>
  );
}
