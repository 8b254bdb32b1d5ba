import { eq, sql } from 'drizzle-orm';
import { DEFAULT_OFFICE_HOURS, UTC_OFFSET_MS, type Applicant } from '@motcua/core';
import type { Transaction } from '../db/database.ts';
import {
  agency,
  appUser,
  center,
  centerOfficeHours,
  counter,
  procedureVersion,
  yearlyNotice,
} from '../db/schema/index.ts';
import { loadBranches } from './branch-world.ts';
import { dossierAccounts } from './dossiers/accounts.ts';
import { demoCitizenProfile } from './dossiers/citizen-profiles.ts';
import { seedCitizenStore } from './dossiers/citizen-store-seed.ts';
import { writeCitizenProfiles } from './dossiers/citizen-profiles-write.ts';
import { bulkFormatOf, writeEncoded } from './dossiers/bulk-insert.ts';
import { withDeferredChecks } from './dossiers/deferred-checks.ts';
import { encodedBatches } from './dossiers/encoded-batches.ts';
import type { DemoPeriod } from './dossiers/generate.ts';
import { parallelBatches } from './dossiers/parallel-batches.ts';
import type { DemoWorldData } from './dossiers/world.ts';
import type { Progress } from './seed.ts';

export type DemoDossierSeedOptions = {
  now: Date;
  /** The hash every demo log-in shares (seed.ts): the citizen and new officer accounts get it too. */
  passwordHash: string;
  /** The live window's volume, 1 = ~800 a working day (DESIGN §9). */
  liveScale?: number;
  periods?: readonly DemoPeriod[];
  /** Generate in a worker thread while writing (the default); false: in this thread (tests). */
  worker?: boolean;
};

export type DemoDossierCounts = { dossiers: number; events: number; mails: number };

const PROGRESS_EVERY = 5000;
const CHECKPOINT_EVERY = 10;
const LOADED_TABLES = [
  'dossier',
  'dossier_event',
  'consultation',
  'outbox',
  'dossier_sequence',
  'stat_delta',
  'rating',
];
const count = (n: number) => n.toLocaleString('en-US');

/**
 * The demo dossiers (DESIGN §9), inside the seed's transaction: the accounts they need, then the
 * generator's batches written in bulk, with a progress line every 5,000 dossiers.
 */
export async function seedDemoDossiers(
  tx: Transaction,
  centerId: string,
  options: DemoDossierSeedOptions,
  progress: Progress,
): Promise<DemoDossierCounts> {
  const world = await loadWorld(tx, centerId, options.passwordHash, options.now);
  const now = new Date(options.now.getTime() + UTC_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
  progress(
    `demo: dossiers of 2014 and of the last 60 working days before ${now} (UTC+7)${options.worker === false ? '' : ', generated in a worker thread'}`,
  );
  const totals = { dossiers: 0, events: 0, mails: 0 };
  let reported = 0;
  let written = 0;
  const input = {
    world,
    options: { now: options.now.getTime(), liveScale: options.liveScale, periods: options.periods },
    format: bulkFormatOf(tx),
  };
  await withDeferredChecks(tx, LOADED_TABLES, async () => {
    for await (const batch of options.worker === false ? encodedBatches(input) : parallelBatches(input)) {
      for (const rows of batch.tables) await writeEncoded(tx, rows);
      // PGlite has no background checkpointer: without one now and then, the load's WAL stays on disk (~600 MB).
      if (input.format === 'copy' && ++written % CHECKPOINT_EVERY === 0) await tx.execute(sql`checkpoint`);
      totals.dossiers += batch.dossiers;
      totals.events += batch.events;
      totals.mails += batch.mails;
      if (batch.done === batch.total || batch.done - reported >= PROGRESS_EVERY) {
        progress(
          `demo: ${batch.period === '2014' ? '2014' : 'last 60 working days'} ${count(batch.done)} / ${count(batch.total)} dossiers`,
        );
        reported = batch.done === batch.total ? 0 : batch.done;
      }
    }
  });
  // The portal's side (issue 19): online forms, store documents and results, a draft; only the live window has them.
  if ((options.periods ?? ['live']).includes('live')) await seedCitizenStore(tx, centerId, options.now);
  progress(`demo: ${count(totals.dossiers)} dossiers, ${count(totals.events)} events, ${count(totals.mails)} mails`);
  return totals;
}

/** The stored reference data as the generator sees it, after adding the log-ins the dossiers need. */
async function loadWorld(tx: Transaction, centerId: string, passwordHash: string, at: Date): Promise<DemoWorldData> {
  const agencies = await tx
    .select({
      id: agency.id,
      slug: agency.slug,
      code: agency.code,
      effectiveFrom: agency.effectiveFrom,
      effectiveTo: agency.effectiveTo,
    })
    .from(agency)
    .where(eq(agency.centerId, centerId));
  const existing = new Set((await tx.select({ username: appUser.username }).from(appUser)).map((u) => u.username));
  const accounts = dossierAccounts(
    agencies.map((a) => a.slug),
    existing,
  );
  const agencyId = new Map(agencies.map((a) => [a.slug, a.id]));
  if (accounts.length > 0) {
    await tx.insert(appUser).values(
      accounts.map((a) => ({
        centerId,
        agencyId: a.agencySlug ? agencyId.get(a.agencySlug)! : null,
        username: a.username,
        fullName: a.fullName,
        passwordHash,
        roles: a.roles,
        ...(a.person ? { email: demoCitizenProfile(a.username, a.person).email, emailVerifiedAt: at } : {}),
      })),
    );
    await writeCitizenProfiles(tx, accounts, at);
  }
  const users = await tx
    .select({ id: appUser.id, username: appUser.username, agencyId: appUser.agencyId, roles: appUser.roles })
    .from(appUser)
    .where(eq(appUser.centerId, centerId));
  const persons = new Map(dossierAccounts([], new Set()).map((a) => [a.username, a.person]));
  const procedures = await tx
    .select({
      id: procedureVersion.id,
      agencyId: procedureVersion.agencyId,
      fieldId: procedureVersion.fieldId,
      code: procedureVersion.code,
      version: procedureVersion.version,
      effectiveFrom: procedureVersion.effectiveFrom,
      effectiveTo: procedureVersion.effectiveTo,
      content: procedureVersion.content,
    })
    .from(procedureVersion)
    .where(eq(procedureVersion.centerId, centerId));
  const counters = await tx
    .select({ id: counter.id, number: counter.number, agencyId: counter.agencyId })
    .from(counter)
    .where(eq(counter.centerId, centerId));
  const [province] = await tx.select({ name: center.name }).from(center).where(eq(center.id, centerId));
  const notices = await tx.select({ notice: yearlyNotice.notice }).from(yearlyNotice);
  const hours = await tx
    .select({ hours: centerOfficeHours.hours })
    .from(centerOfficeHours)
    .where(eq(centerOfficeHours.centerId, centerId));
  return {
    centerId,
    centerName: province!.name,
    agencies,
    procedures,
    officers: users
      .filter((u) => u.agencyId !== null)
      .map((u) => ({
        id: u.id,
        username: u.username,
        agencyId: u.agencyId!,
        roles: u.roles as DemoWorldData['officers'][number]['roles'],
      })),
    citizens: users.flatMap((u) => {
      const person = persons.get(u.username);
      return person && u.roles.includes('citizen')
        ? [{ id: u.id, username: u.username, person: person as Extract<Applicant, { kind: 'person' }> }]
        : [];
    }),
    counters,
    branches: await loadBranches(tx, centerId),
    // The province center's clock, as the calendar service builds it from the same tables.
    notices: notices.map((n) => n.notice),
    officeHours: hours[0]?.hours ?? DEFAULT_OFFICE_HOURS,
  };
}
