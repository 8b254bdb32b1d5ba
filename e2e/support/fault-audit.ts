import { expect } from 'vitest';
import { LOAD_NAME_PREFIX, type LoadFigures } from './fault-load.ts';

/** Runs one SQL statement on the database under test (the cluster, or the embedded database after its server stopped). */
export type Query = (text: string) => Promise<Record<string, unknown>[]>;

/** Dossiers, and receptions counted by the statistics (deltas not yet folded plus folded days): equal moves. */
export async function statisticsBaseline(query: Query) {
  const [row] = await query(`select
      (select count(*) from dossier)::int as dossiers,
      (select coalesce(sum(received_direct + received_online), 0) from stat_delta)::int
        + (select coalesce(sum(received_direct + received_online), 0) from stat_day)::int as received`);
  return { dossiers: Number(row!.dossiers), received: Number(row!.received) };
}

/**
 * What the database holds of the load, against what the load was told (DESIGN §3: one command, one transaction):
 * every acknowledged dossier stored, none without its events or its mail, no code twice, and the statistics moved
 * by as many receptions as dossiers were stored.
 */
export async function auditLoad(query: Query, load: LoadFigures, baseline: { dossiers: number; received: number }) {
  const stored = await query(`select d.id::text as id, d.code,
      (select count(*) from dossier_event e where e.dossier_id = d.id)::int as events,
      (select count(*) from outbox o where o.dedupe_key like 'dossier:' || d.id || ':%')::int as mails,
      (select count(*) from outbox o where o.dedupe_key like 'dossier:' || d.id || ':%' and o.sent_at is null)::int as unsent
    from dossier d where d.applicant_name like '${LOAD_NAME_PREFIX}%'`);
  const storedIds = new Set(stored.map((r) => String(r.id)));
  const [duplicates] = await query(
    `select count(*)::int as n from (select code from dossier group by code having count(*) > 1) twice`,
  );
  const now = await statisticsBaseline(query);
  return {
    acknowledged: load.acknowledged.length,
    stored: stored.length,
    lost: load.acknowledged.filter((d) => !storedIds.has(d.id)).length,
    halfWritten: stored.filter((r) => Number(r.events) < 1 || Number(r.mails) < 1).length,
    duplicateCodes: Number(duplicates!.n),
    unsentMails: stored.reduce((sum, r) => sum + Number(r.unsent), 0),
    statisticsGap: now.dossiers - baseline.dossiers - (now.received - baseline.received),
    storedIds,
  };
}

/** Every mail of the load's stored dossiers reached the SMTP server, and none twice. */
export function mailFigures(messageIds: string[], storedIds: Set<string>) {
  const ours = messageIds.filter((id) => /^<dossier\./.test(id));
  const received = new Set(ours.map((id) => /^<dossier\.([0-9a-f-]+)\./.exec(id)?.[1]));
  return {
    mails: ours.length,
    duplicateMails: ours.length - new Set(ours).size,
    dossiersWithoutMail: [...storedIds].filter((id) => !received.has(id)).length,
  };
}

/** Prints the figures for the note, then holds them to the bar: nothing lost, half-written, doubled. */
export function reportAndCheck(
  driver: string,
  faults: number,
  figures: LoadFigures,
  audit: Awaited<ReturnType<typeof auditLoad>>,
  messageIds: string[],
) {
  const mail = mailFigures(messageIds, audit.storedIds);
  const { storedIds: _ids, ...shown } = audit;
  const { transitions, unavailable, unanswered } = figures;
  console.log(`faults (${driver}):`, { faults, ...shown, ...mail, transitions, unavailable, unanswered });
  expect(figures.unexpected).toEqual([]);
  expect(audit.lost).toBe(0);
  expect(audit.halfWritten).toBe(0);
  expect(audit.duplicateCodes).toBe(0);
  expect(audit.statisticsGap).toBe(0);
  expect(audit.unsentMails).toBe(0);
  expect(mail.duplicateMails).toBe(0);
  expect(mail.dossiersWithoutMail).toBe(0);
}
