import { sql } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { resultRows } from '../../db/result-rows.ts';

type Restore = { what: string; statement: string };

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Runs a bulk load into `tables` with their secondary indexes, unique constraints and foreign keys
 * taken off and put back afterwards, as PostgreSQL advises for populating a database (manual §14.4:
 * "Remove Indexes", "Remove Foreign Key Constraints"): one sort per index and one check per foreign key
 * instead of a lookup per row. Putting them back checks every row, so nothing unchecked is left;
 * the definitions come from the catalog (`pg_get_indexdef`, `pg_get_constraintdef`), so the
 * migrations stay the one source of the schema. Primary keys stay. Same on PGlite and the server.
 */
export async function withDeferredChecks<T>(
  tx: Transaction,
  tables: readonly string[],
  load: () => Promise<T>,
): Promise<T> {
  const names = sql.join(
    tables.map((t) => sql`${t}`),
    sql`, `,
  );
  const foreignKeys = resultRows<{ tbl: string; name: string; def: string }>(
    await tx.execute(sql`select conrelid::regclass::text as tbl, conname as name, pg_get_constraintdef(oid) as def
      from pg_constraint where contype = 'f' and conrelid::regclass::text in (${names}) order by conrelid::regclass::text, conname`),
  );
  const indexes = resultRows<{
    tbl: string;
    name: string;
    def: string;
    constraintName: string | null;
    constraintDef: string | null;
  }>(
    await tx.execute(sql`select i.indrelid::regclass::text as tbl, i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def,
        c.conname as "constraintName", pg_get_constraintdef(c.oid) as "constraintDef"
      from pg_index i left join pg_constraint c on c.conindid = i.indexrelid and c.contype = 'u'
      where not i.indisprimary and i.indrelid::regclass::text in (${names}) order by 1, 2`),
  );
  const restore: Restore[] = [];
  for (const fk of foreignKeys) {
    await tx.execute(sql.raw(`alter table ${quoted(fk.tbl)} drop constraint ${quoted(fk.name)}`));
    restore.push({
      what: fk.name,
      statement: `alter table ${quoted(fk.tbl)} add constraint ${quoted(fk.name)} ${fk.def}`,
    });
  }
  const rebuild: Restore[] = [];
  for (const index of indexes) {
    if (index.constraintName && index.constraintDef) {
      await tx.execute(sql.raw(`alter table ${quoted(index.tbl)} drop constraint ${quoted(index.constraintName)}`));
      rebuild.push({
        what: index.constraintName,
        statement: `alter table ${quoted(index.tbl)} add constraint ${quoted(index.constraintName)} ${index.constraintDef}`,
      });
    } else {
      await tx.execute(sql.raw(`drop index ${index.name}`));
      rebuild.push({ what: index.name, statement: index.def });
    }
  }
  const result = await load();
  // Indexes first: the foreign keys' checks and the unique constraints read them.
  for (const step of [...rebuild, ...restore]) await tx.execute(sql.raw(step.statement));
  return result;
}
