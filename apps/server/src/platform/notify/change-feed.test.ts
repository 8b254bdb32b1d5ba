import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DatabaseHandle } from '../../db/database.ts';
import { createTestDatabase } from '../../test/test-database.ts';
import { COALESCE_MS, createChangeFeed, type ChangeFeed } from './change-feed.ts';
import { DOSSIER_CHANNEL, notifyDossierChanged, type DossierChange } from './dossier-notify.ts';

const DELIVERY = { timeout: 10_000, interval: 50 };
const centerId = randomUUID();
const changeOf = (agencyId = randomUUID()): DossierChange => ({ centerId, agencyId });

describe('the dossier change feed on the real database', () => {
  let database: DatabaseHandle;
  let feed: ChangeFeed;
  const stops: (() => void)[] = [];
  const listenTo = (agencyId: string | null) => {
    const received: DossierChange[] = [];
    stops.push(feed.subscribe({ agencyId }, (change) => received.push(change)));
    return received;
  };
  const commit = (...changes: DossierChange[]) =>
    database.db.transaction(async (tx) => {
      for (const change of changes) await notifyDossierChanged(tx, change);
    });

  beforeAll(async () => {
    database = await createTestDatabase();
    feed = createChangeFeed(database.listen);
    await feed.start();
  });
  afterEach(() => stops.splice(0).forEach((stop) => stop()));
  afterAll(async () => {
    await feed.close();
    await database.close();
  });

  it('delivers a change once its transaction commits', async () => {
    const received = listenTo(null);
    const change = changeOf();
    await commit(change);
    await vi.waitFor(() => expect(received).toEqual([change]), DELIVERY);
  });

  it('never delivers a change whose transaction rolled back', async () => {
    const received = listenTo(null);
    const [undone, done] = [changeOf(), changeOf()];
    await expect(
      database.db.transaction(async (tx) => {
        await notifyDossierChanged(tx, undone);
        throw new Error('the transition failed');
      }),
    ).rejects.toThrow('the transition failed');
    await commit(done);
    // Notifications arrive in commit order: had the rolled-back one been sent, it would have come first.
    await vi.waitFor(() => expect(received.at(-1)).toEqual(done), DELIVERY);
    expect(received).toEqual([done]);
  });

  it('folds a burst into the first change and one trailing call with the latest', async () => {
    const received = listenTo(null);
    const burst = Array.from({ length: 20 }, () => changeOf());
    await commit(...burst);
    await vi.waitFor(() => expect(received).toHaveLength(2), DELIVERY);
    expect(received).toEqual([burst[0], burst[19]]);
  });

  it('lets an agency subscriber hear only its own agency', async () => {
    const [mine, other] = [changeOf(), changeOf()];
    const agencyOnly = listenTo(mine.agencyId);
    const everyone = listenTo(null);
    await commit(other);
    await commit(mine);
    await vi.waitFor(() => expect(everyone).toEqual([other, mine]), DELIVERY);
    expect(agencyOnly).toEqual([mine]);
  });

  it('ignores payloads that are not dossier changes', async () => {
    const received = listenTo(null);
    const change = changeOf();
    await database.db.execute(sql`select pg_notify(${DOSSIER_CHANNEL}, 'not json')`);
    await database.db.execute(sql`select pg_notify(${DOSSIER_CHANNEL}, '{"agencyId":42}')`);
    await commit(change);
    await vi.waitFor(() => expect(received).toEqual([change]), DELIVERY);
  });
});

describe('coalescing', () => {
  let deliver: (payload: string) => void = () => {};
  const feed = createChangeFeed(async (_channel, onPayload) => {
    deliver = onPayload;
    return async () => {};
  });
  beforeAll(() => feed.start());
  afterEach(() => vi.useRealTimers());
  afterAll(() => feed.close());

  it('passes the first change at once, then at most one call per window, always ending on the latest', () => {
    vi.useFakeTimers();
    const received: DossierChange[] = [];
    const stop = feed.subscribe({ agencyId: null }, (change) => received.push(change));
    const changes = Array.from({ length: 10 }, () => changeOf());
    for (const change of changes.slice(0, 5)) deliver(JSON.stringify(change));
    expect(received).toEqual([changes[0]]);
    vi.advanceTimersByTime(COALESCE_MS - 1);
    expect(received).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(received).toEqual([changes[0], changes[4]]);
    for (const change of changes.slice(5)) deliver(JSON.stringify(change));
    vi.advanceTimersByTime(COALESCE_MS);
    expect(received).toEqual([changes[0], changes[4], changes[9]]);
    vi.advanceTimersByTime(10 * COALESCE_MS);
    expect(received).toHaveLength(3);
    const later = changeOf();
    deliver(JSON.stringify(later));
    expect(received.at(-1)).toEqual(later);
    stop();
  });

  it('drops a pending trailing call when the subscriber leaves', () => {
    vi.useFakeTimers();
    const received: DossierChange[] = [];
    const stop = feed.subscribe({ agencyId: null }, (change) => received.push(change));
    deliver(JSON.stringify(changeOf()));
    deliver(JSON.stringify(changeOf()));
    stop();
    vi.advanceTimersByTime(10 * COALESCE_MS);
    expect(received).toHaveLength(1);
  });
});
