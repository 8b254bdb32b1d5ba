import { useQuery } from '@tanstack/react-query';
import { CalendarDays, CalendarYear, OfficeHours } from '@motcua/core';
import { apiJson } from './client.ts';

/** Every calendar answer lives under this key: a change to the calendar invalidates them all. */
export const CALENDAR_QUERY_KEY = ['calendar'] as const;

export const calendarKeys = {
  days: (year: number) => [...CALENDAR_QUERY_KEY, 'days', year] as const,
  year: (year: number) => [...CALENDAR_QUERY_KEY, 'year', year] as const,
  officeHours: () => [...CALENDAR_QUERY_KEY, 'office-hours'] as const,
  audit: (page: number, pageSize: number) => [...CALENDAR_QUERY_KEY, 'audit', page, pageSize] as const,
};

/** Every day of a year, Jan 1 to Dec 31, as the server's calendar sees it (public). */
export function useYearDays(year: number) {
  return useQuery({
    queryKey: calendarKeys.days(year),
    queryFn: ({ signal }) => {
      const y = String(year).padStart(4, '0');
      return apiJson(`/calendar/days?from=${y}-01-01&to=${y}-12-31`, CalendarDays, { signal });
    },
    staleTime: 5 * 60_000,
  });
}

/** The year's stored notice (or null) and the notice in force (public). */
export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: calendarKeys.year(year),
    queryFn: ({ signal }) => apiJson(`/calendar/years/${year}`, CalendarYear, { signal }),
    staleTime: 5 * 60_000,
  });
}

/** The office hours of the province center (public). */
export function useOfficeHours() {
  return useQuery({
    queryKey: calendarKeys.officeHours(),
    queryFn: ({ signal }) => apiJson('/calendar/office-hours', OfficeHours, { signal }),
    staleTime: 5 * 60_000,
  });
}
