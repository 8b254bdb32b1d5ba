/** Problem code an adapter maps this error to (400, STYLE.md "Errors"). */
export const CALENDAR_RANGE_PROBLEM = 'calendar.date_out_of_range';

/**
 * A date or instant outside the calendar's range (1900-01-01 to 2100-12-31, DESIGN §5). A
 * programmer or input error, not a business outcome: adapters turn it into a 400 problem.
 */
export class CalendarRangeError extends RangeError {
  readonly code = CALENDAR_RANGE_PROBLEM;

  constructor(readonly value: string) {
    super(`${value} is outside the calendar's range 1900-01-01..2100-12-31`);
    this.name = 'CalendarRangeError';
  }
}
