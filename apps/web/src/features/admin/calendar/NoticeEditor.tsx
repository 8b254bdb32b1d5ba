import { useState } from 'react';
import { App, Card, Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CalendarDay, CalendarYear, YearlyNotice } from '@motcua/core';
import { YearCalendar } from '../../../components/calendar/YearCalendar.tsx';
import { fieldErrors } from '../../../components/problem/problem.ts';
import { ProblemAlert } from '../../../components/problem/ProblemAlert.tsx';
import { DayEditModal } from './DayEditModal.tsx';
import { changedDates, draftDays } from './notice-draft.ts';
import { NoticeToolbar } from './NoticeToolbar.tsx';
import { useDeleteNotice, useSaveNotice } from './useCalendarAdmin.ts';
import { useNoticeFieldName } from './useNoticeFieldName.ts';

export type NoticeEditorProps = { year: number; days: readonly CalendarDay[]; info: CalendarYear };

/**
 * The year's notice as a draft: it starts from the notice in force (the stored one or the defaults),
 * the admin edits days on the grid, then saves it whole or goes back to the defaults. Keyed by year.
 */
export function NoticeEditor({ year, days, info }: NoticeEditorProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [edited, setEdited] = useState<YearlyNotice | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const save = useSaveNotice();
  const reset = useDeleteNotice();
  const fieldName = useNoticeFieldName(save.variables);
  const failure = save.error ?? reset.error;
  const draft = edited ?? info.effective;
  const changed = changedDates(info.effective, draft);
  const shown = draftDays(days, draft, changed);
  const selectedDay = shown.find((day) => day.date === selected);
  const dirty = changed.size > 0 || draft.reference !== info.effective.reference;

  const onSave = () => {
    reset.reset();
    save.mutate(draft, {
      onSuccess: () => {
        setEdited(null);
        void message.success(t('adminCalendar.notice.saved', { year }));
      },
    });
  };
  const onReset = () => {
    save.reset();
    reset.mutate(year, {
      onSuccess: () => {
        setEdited(null);
        void message.success(t('adminCalendar.notice.resetDone', { year }));
      },
    });
  };
  const status = info.notice ? (
    <Tag color="blue">{t('adminCalendar.notice.stored')}</Tag>
  ) : (
    <Tag>{t('adminCalendar.notice.defaults')}</Tag>
  );
  return (
    <Card title={<h2 className="card-heading">{t('adminCalendar.notice.title', { year })}</h2>} extra={status}>
      <Flex vertical gap="middle">
        <NoticeToolbar
          year={year}
          reference={draft.reference}
          onReference={(reference) => setEdited({ ...draft, reference })}
          changedCount={changed.size}
          dirty={dirty}
          hasNotice={info.notice !== null}
          saving={save.isPending}
          resetting={reset.isPending}
          onSave={onSave}
          onDiscard={() => setEdited(null)}
          onReset={onReset}
        />
        {/* No form here: every field error is listed, named by the day it is about. */}
        <ProblemAlert error={failure} general={fieldErrors(failure)} label={fieldName} testId="notice-errors" />
        <YearCalendar year={year} days={shown} changed={changed} onSelect={(day) => setSelected(day.date)} />
      </Flex>
      {selectedDay && (
        <DayEditModal
          key={selectedDay.date}
          day={selectedDay}
          draft={draft}
          onChange={setEdited}
          onClose={() => setSelected(null)}
        />
      )}
    </Card>
  );
}
