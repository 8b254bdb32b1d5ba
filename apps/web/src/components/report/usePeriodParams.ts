import { useSearchParams } from 'react-router-dom';
import { periodOf, type Period } from './report-period.ts';

/** A report's period in the address (`?from=2025-01-01&to=2025-03-31`), so that a link or the back button keeps it; this year to date by default. */
export function usePeriodParams(): [Period, (period: Period) => void] {
  const [params, setParams] = useSearchParams();
  const setPeriod = (period: Period) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set('from', period.from);
        next.set('to', period.to);
        return next;
      },
      { replace: true },
    );
  return [periodOf(params), setPeriod];
}
