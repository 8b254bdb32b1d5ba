import type { LocalDate } from '@motcua/core';
import type { ProcedureVolumes } from './catalog-search-repo.ts';

type VolumeSource = { volumesBetween(since: Date, until: Date): Promise<ProcedureVolumes> };

/**
 * Each procedure's volume over the 12 months before now, which breaks ties in the catalog search (issue 14).
 * It is counted once a day (UTC+7) and kept: one pass over the year's dossiers instead of one per search
 * (the dossier table has no index by procedure), and a year's volume barely moves within a day.
 */
export function createProcedureVolumes(source: VolumeSource, now: () => Date) {
  let kept: { day: LocalDate; volumes: Promise<ProcedureVolumes> } | undefined;
  return (day: LocalDate): Promise<ProcedureVolumes> => {
    if (kept?.day === day) return kept.volumes;
    const until = now();
    const since = new Date(until);
    since.setUTCFullYear(since.getUTCFullYear() - 1);
    const volumes = source.volumesBetween(since, until);
    kept = { day, volumes };
    // A failed count is not kept: the next search counts again.
    volumes.catch(() => {
      if (kept?.volumes === volumes) kept = undefined;
    });
    return volumes;
  };
}
