import { useSearchParams } from 'react-router-dom';
import { currentYear, FIRST_CALENDAR_YEAR, LAST_CALENDAR_YEAR } from './calendar-days.ts';

/** The year of `?year=`, or the current year when it is missing or outside 1900–2100; and a setter that keeps it in the URL. */
export function useYearParam(): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const raw = Number(params.get('year'));
  const year = Number.isInteger(raw) && raw >= FIRST_CALENDAR_YEAR && raw <= LAST_CALENDAR_YEAR ? raw : currentYear();
  const setYear = (next: number) =>
    setParams(
      (prev) => {
        const updated = new URLSearchParams(prev);
        updated.set('year', String(next));
        return updated;
      },
      { replace: true },
    );
  return [year, setYear];
}
