import { sql } from 'drizzle-orm';
import type { Database, Executor } from './database.ts';
import { resultRows } from './result-rows.ts';

/** The role the app connects as on a server database, and the database it works in (DESIGN §14, issue 15 item 11). */
export type AppRole = { name: string; password: string | undefined; database: string };

/**
 * The app's role when it differs from the migrations' one; `null` when both URLs name one role, which then keeps
 * the owner's rights (DDL, UPDATE on events): the caller warns.
 */
export function appRoleOf(appUrl: string, adminUrl: string): AppRole | null {
  const app = new URL(appUrl);
  const admin = new URL(adminUrl);
  const name = decodeURIComponent(app.username) || 'postgres';
  if (name === (decodeURIComponent(admin.username) || 'postgres')) return null;
  return {
    name,
    password: app.password ? decodeURIComponent(app.password) : undefined,
    database: app.pathname.slice(1),
  };
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** pg_trigger.tgtype bits (PostgreSQL's trigger.h): which statements a trigger fires on. */
const TRIGGER_ON = { DELETE: 1 << 3, UPDATE: 1 << 4, TRUNCATE: 1 << 5 } as const;

/**
 * Run by the owner after the migrations, at every start, so that a table a later migration adds is granted too.
 * The app role reads and inserts everywhere, updates and deletes everywhere except where a trigger of the
 * migrations refuses it outright (the append-only tables: dossier_event 0006, personal_data_access 0020; the
 * originals of document_blob 0012), owns nothing and may not create in the schema: no DDL, no way to drop a
 * trigger. A trigger that lets some updates through (dossier_document's attach) keeps the right: the trigger decides.
 */
export async function grantAppRole(db: Database, role: AppRole): Promise<void> {
  const exists = resultRows<{ super: boolean }>(
    await db.execute(sql`select rolsuper as super from pg_roles where rolname = ${role.name}`),
  )[0];
  const password = role.password === undefined ? '' : ` password ${literal(role.password)}`;
  if (!exists) await db.execute(sql.raw(`create role ${ident(role.name)} login${password}`));
  else if (exists.super)
    throw new Error(`the app's role ${role.name} is a superuser: it could drop the append-only triggers`);
  const who = ident(role.name);
  // One transaction: a process already serving as the role never sees its rights half revoked.
  const statements = [
    `grant connect, temporary on database ${ident(role.database)} to ${who}`,
    `revoke create on schema public from public`,
    `revoke create on schema public from ${who}`,
    `grant usage on schema public to ${who}`,
    `revoke all on all tables in schema public from ${who}`,
    `grant select, insert, update, delete on all tables in schema public to ${who}`,
    `grant usage, select on all sequences in schema public to ${who}`,
  ];
  await db.transaction(async (tx) => {
    for (const statement of statements) await tx.execute(sql.raw(statement));
    for (const refused of await refusedByTriggers(tx)) {
      await tx.execute(sql.raw(`revoke ${refused.rights.join(', ')} on ${ident(refused.table)} from ${who}`));
    }
  });
}

/** Tables with a trigger whose function refuses (raises, never returns the row), and the statements it refuses. */
async function refusedByTriggers(db: Executor): Promise<{ table: string; rights: string[] }[]> {
  const rows = resultRows<{ table: string; type: number }>(
    await db.execute(sql`
      select c.relname as table, t.tgtype as type
      from pg_trigger t
      join pg_class c on c.oid = t.tgrelid
      join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
      join pg_proc p on p.oid = t.tgfoid
      where not t.tgisinternal and p.prosrc ~* 'raise\\s+exception' and p.prosrc !~* 'return\\s+new'`),
  );
  const byTable = new Map<string, Set<string>>();
  for (const row of rows) {
    const rights = byTable.get(row.table) ?? new Set<string>();
    for (const [right, bit] of Object.entries(TRIGGER_ON)) if (row.type & bit) rights.add(right);
    byTable.set(row.table, rights);
  }
  return [...byTable].map(([table, rights]) => ({ table, rights: [...rights] }));
}
