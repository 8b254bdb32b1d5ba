import { dayOfInstant, formatLocalDate, type LocalDate } from '../calendar/local-date.ts';

/** A date of birth is before today, the day in Vietnam (UTC+7) at `now` (ms): one born tomorrow has no account. */
export const isPastBirthDate = (birthDate: LocalDate, now: number): boolean =>
  birthDate < formatLocalDate(dayOfInstant(now));
