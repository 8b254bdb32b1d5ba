import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { CalendarChangeEntry, HolidayRule, HolidayRuleList, OfficeHours, pageOf, YearlyNotice } from '@motcua/core';
import { CALENDAR_QUERY_KEY, calendarKeys } from '../../../api/calendar.ts';
import { apiJson, apiVoid } from '../../../api/client.ts';

const CalendarChangePage = pageOf(CalendarChangeEntry);

/** After any change the days, the years, the office hours and the change log are read again. */
function useInvalidateCalendar() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: CALENDAR_QUERY_KEY });
}

/** Saves a year's notice (admin); it then overrides the defaults of that year. */
export function useSaveNotice() {
  const invalidate = useInvalidateCalendar();
  return useMutation({
    mutationFn: (notice: YearlyNotice) =>
      apiJson(`/calendar/notices/${notice.year}`, YearlyNotice, { method: 'PUT', body: notice }),
    onSuccess: invalidate,
  });
}

/** Deletes a year's notice: the year goes back to the computed defaults. */
export function useDeleteNotice() {
  const invalidate = useInvalidateCalendar();
  return useMutation({
    mutationFn: (year: number) => apiVoid(`/calendar/notices/${year}`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}

export function useSaveOfficeHours() {
  const invalidate = useInvalidateCalendar();
  return useMutation({
    mutationFn: (hours: OfficeHours) => apiJson('/calendar/office-hours', OfficeHours, { method: 'PUT', body: hours }),
    onSuccess: invalidate,
  });
}

/** One page of the calendar's change log, newest first; the previous page stays shown while the next loads. */
export function useCalendarChanges(page: number, pageSize: number) {
  return useQuery({
    queryKey: calendarKeys.audit(page, pageSize),
    queryFn: ({ signal }) =>
      apiJson(`/calendar/audit?page=${page}&pageSize=${pageSize}`, CalendarChangePage, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** The holiday rules, shipped and the admin's (public). */
export function useHolidayRules() {
  return useQuery({
    queryKey: [...CALENDAR_QUERY_KEY, 'holiday-rules'],
    queryFn: ({ signal }) => apiJson('/calendar/holiday-rules', HolidayRuleList, { signal }),
  });
}

/** Adds or replaces a holiday rule (admin): every calendar answer is read again, since its days may move. */
export function useSaveHolidayRule() {
  const invalidate = useInvalidateCalendar();
  return useMutation({
    mutationFn: (rule: HolidayRule) =>
      apiJson(`/calendar/holiday-rules/${rule.id}`, HolidayRule, { method: 'PUT', body: rule }),
    onSuccess: invalidate,
  });
}
