import { useSearchParams } from 'react-router-dom';
import type { z } from 'zod';
import { AgencySlug, DashboardDossiersQuery, DashboardMeasure } from '@motcua/core';
import { withChanges } from '../../components/url-search.ts';

/** What a clicked figure counts: its measure, narrowed to the agency, field or channel of its row or line. */
export type Drill = Pick<DashboardDossiersQuery, 'measure' | 'agency' | 'field' | 'channel'>;

export const DRILL_PAGE_SIZES = [10, 20, 50, 100] as const;

/** The address keys: the director's agency (`agency`), and the open list with its own narrowing and page. */
const KEYS = ['agency', 'measure', 'measureAgency', 'measureField', 'measureChannel', 'page', 'pageSize'] as const;
const shape = DashboardDossiersQuery.shape;

/** One parameter of the address, if its schema accepts it; a bad one is ignored, not an error. */
function valid<S extends z.ZodType>(schema: S, raw: string | null): z.output<S> | undefined {
  if (raw === null || raw === '') return undefined;
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

export type DashboardParams = {
  /** The agency the dashboard shows (a director's choice), or the whole province. */
  agency: string | undefined;
  /** The list that is open, with its page (a link or the back button from a dossier brings it back). */
  drill: Drill | null;
  page: number;
  pageSize: number;
  setAgency: (agency: string | undefined) => void;
  open: (drill: Drill) => void;
  close: () => void;
  setPage: (page: number, pageSize: number) => void;
};

export function useDashboardParams(): DashboardParams {
  const [params, setParams] = useSearchParams();
  const update = (changes: Partial<Record<(typeof KEYS)[number], string | number | undefined>>) =>
    setParams((prev) => withChanges(prev, KEYS, changes));
  const measure = valid(DashboardMeasure, params.get('measure'));
  const pageSize = valid(shape.pageSize, params.get('pageSize'));
  const closed = { measure: undefined, measureAgency: undefined, measureField: undefined, measureChannel: undefined };
  return {
    agency: valid(AgencySlug, params.get('agency')),
    drill: measure
      ? {
          measure,
          agency: valid(AgencySlug, params.get('measureAgency')),
          field: valid(shape.field, params.get('measureField')),
          channel: valid(shape.channel, params.get('measureChannel')),
        }
      : null,
    page: valid(shape.page, params.get('page')) ?? 1,
    pageSize: pageSize !== undefined && (DRILL_PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : 20,
    setAgency: (agency) => update({ agency, ...closed }),
    open: (drill) =>
      update({
        measure: drill.measure,
        measureAgency: drill.agency,
        measureField: drill.field,
        measureChannel: drill.channel,
      }),
    close: () => update(closed),
    setPage: (page, size) => update({ page, pageSize: size }),
  };
}
