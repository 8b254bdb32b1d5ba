import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './database.ts';
import { createWriteBatch } from './write-batch.ts';
import { createTestDatabase } from '../test/test-database.ts';

const parent = pgTable('batch_parent', { id: uuid('id').primaryKey(), name: text('name').notNull() });
const child = pgTable('batch_child', {
  id: integer('id').primaryKey(),
  parentId: uuid('parent_id').notNull(),
  note: text('note').notNull(),
});
const CHANNEL = 'motcua_batch_test';

describe('write batch: several writes and NOTIFYs in one statement, on both drivers', () => {
  let handle: DatabaseHandle;
  const heard: string[] = [];
  beforeAll(async () => {
    handle = await createTestDatabase();
    await handle.db.execute(sql`create table batch_parent (id uuid primary key, name text not null)`);
    await handle.db.execute(
      sql`create table batch_child (id integer primary key, parent_id uuid not null references batch_parent (id), note text not null)`,
    );
    await handle.listen(CHANNEL, (payload) => heard.push(payload));
  });
  afterAll(() => handle.close());

  const childrenOf = async (id: string) =>
    (await handle.db.select().from(child).where(eq(child.parentId, id))).map((c) => c.note).sort();
  const until = async (condition: () => boolean) => {
    for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  };

  it('writes a parent and its children queued before it, updates a row, and notifies once committed', async () => {
    const id = randomUUID();
    await handle.db.insert(parent).values({ id: randomUUID(), name: 'renamed later' });
    const [other] = await handle.db.select().from(parent);
    await handle.db.transaction(async (tx) => {
      const batch = createWriteBatch(tx);
      // Children first: the foreign key is checked at the end of the statement, not per CTE.
      batch.add(
        tx.insert(child).values([
          { id: 1, parentId: id, note: 'một' },
          { id: 2, parentId: id, note: 'hai' },
        ]),
      );
      batch.add(tx.insert(parent).values({ id, name: 'Hồ sơ cha' }));
      batch.add(tx.update(parent).set({ name: 'đã đổi' }).where(eq(parent.id, other!.id)));
      batch.add(null);
      batch.notify({ channel: CHANNEL, payload: JSON.stringify({ id }) });
      await batch.flush();
      // Flushed: the transaction reads its own writes; nothing is announced before commit.
      expect(await tx.select().from(child).where(eq(child.parentId, id))).toHaveLength(2);
      expect(heard).not.toContain(JSON.stringify({ id }));
    });
    expect(await childrenOf(id)).toEqual(['hai', 'một']);
    const [renamed] = await handle.db.select().from(parent).where(eq(parent.id, other!.id));
    expect(renamed!.name).toBe('đã đổi');
    await until(() => heard.includes(JSON.stringify({ id })));
    expect(heard.filter((h) => h === JSON.stringify({ id }))).toHaveLength(1);
  });

  it('writes nothing at all when one of the writes fails, and announces nothing', async () => {
    const id = randomUUID();
    const failed = handle.db.transaction(async (tx) => {
      const batch = createWriteBatch(tx);
      batch.add(tx.insert(parent).values({ id, name: 'không được ghi' }));
      batch.add(tx.insert(child).values({ id: 10, parentId: randomUUID(), note: 'cha không tồn tại' }));
      batch.notify({ channel: CHANNEL, payload: JSON.stringify({ id }) });
      await batch.flush();
    });
    await expect(failed).rejects.toThrow();
    expect(await handle.db.select().from(parent).where(eq(parent.id, id))).toEqual([]);
    // A later NOTIFY arrives: had the failed one been sent, it would have arrived before it.
    await handle.db.execute(sql`select pg_notify(${CHANNEL}, 'later')`);
    await until(() => heard.includes('later'));
    expect(heard).not.toContain(JSON.stringify({ id }));
  });

  it('sends nothing for an empty batch, a lone write as itself, and may be flushed again', async () => {
    const id = randomUUID();
    await handle.db.transaction(async (tx) => {
      const batch = createWriteBatch(tx);
      await batch.flush();
      batch.add(tx.insert(parent).values({ id, name: 'một mình' }));
      await batch.flush();
      batch.add(tx.insert(child).values({ id: 20, parentId: id, note: 'sau' }));
      await batch.flush();
      await batch.flush();
    });
    expect(await childrenOf(id)).toEqual(['sau']);
  });
});
