import type { FailureRecord, Instant, LocalDate, RoutingCenter, StatChange, WorkingClock } from '@motcua/core';
import type { Database, Executor } from '../../db/database.ts';
import type { QueuedWrite } from '../../db/write-batch.ts';
import type { CatalogRepo } from '../catalog/catalog-repo.ts';

/*
 * What the dossier use cases are given, wired in app.ts. What they ask of other modules is declared
 * here by the consumer, as function types: a use case never imports another module's repo or SQL.
 */

/**
 * The counter an officer is signed in at now (the counter module's `currentCounterId`): read before a
 * reception is decided, since one in person needs a counter (core `receptionCounter`).
 */
export type CounterOf = (db: Executor, userId: string, at: Instant) => Promise<string | null>;

/** Where a dossier's figures are counted (DESIGN §8 rows by agency or by field, §13 by receiving center). */
export type StatKey = { centerId: string; receivedCenterId: string; agencyId: string; fieldId: string };

/**
 * The insert of what a command changes in the statistics (the statistics module): the new contribution
 * less the one stored with the dossier, queued in the command's write batch; null when nothing changed.
 */
export type StatDeltaWrite = (
  tx: Executor,
  key: StatKey,
  before: readonly StatChange[],
  after: readonly StatChange[],
) => QueuedWrite | null;

/** The absent officers whose work `userId` carries at `at` (the delegation module, DESIGN §1). */
export type DelegatedWorkers = (userId: string, at: Date) => Promise<string[]>;

/** The failures counted against a caller (the auth module's throttle), shared by log-in and look-up. */
export type FailureCounts = {
  findFailures(keys: string[]): Promise<Map<string, FailureRecord>>;
  addFailure(key: string, next: (current: FailureRecord | null) => FailureRecord): Promise<void>;
};

/**
 * The working clock of a center (the province center's for null) with its office hours in force on a day, as the
 * calendar stands when it was taken (the calendar module): taken before a transaction, used inside it.
 */
export type ClockBook = (centerId: string | null, day: LocalDate) => WorkingClock;

/** What every dossier use case reads: the database, the instant, the working calendar. */
export type ReadDeps = { db: Database; now: () => Date; clocks: () => Promise<ClockBook> };

/** A center as reception, mail and documents read it (the center module's `getCenter`). */
export type GetCenter = (db: Executor, id: string) => Promise<RoutingCenter & { name: string; address: string | null }>;

/** What a command on dossiers needs besides: the procedures in force, the centers, the statistics. */
export type CommandDeps = ReadDeps & {
  catalog: CatalogRepo;
  today: () => string;
  getCenter: GetCenter;
  statDelta: StatDeltaWrite;
};
