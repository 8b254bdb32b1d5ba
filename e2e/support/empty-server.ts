import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startServer, type RunningServer } from './server.ts';

const serverUrl = process.env.MOTCUA_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** The first admin's password of an empty server (DESIGN §13: a real installation sets it; ≥ 12 characters). */
export const EMPTY_ADMIN_PASSWORD = 'quan-tri-tinh-moi-2026';

export type EmptyServer = RunningServer & { database: string };

async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * The real server on a database of its own on the local PostgreSQL server, WITHOUT demo data (DESIGN §13: it
 * starts with the admin, no center, and the shipped notices only), as a province installs it. `stop` stops the
 * server and drops its database. A browser journey opens its pages on `url` (`browser.ts` launches Chromium).
 */
export async function startEmptyServer(env: Record<string, string> = {}): Promise<EmptyServer> {
  const database = `motcua_e2e_empty_${randomBytes(5).toString('hex')}`;
  await onServer((client) => client.query(`create database "${database}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  const drop = () => onServer((client) => client.query(`drop database if exists "${database}" with (force)`));
  let server: RunningServer;
  try {
    server = await startServer({
      DATABASE_URL: url.toString(),
      MOTCUA_DEMO: '',
      MOTCUA_ADMIN_PASSWORD: EMPTY_ADMIN_PASSWORD,
      ...env,
    });
  } catch (error) {
    await drop();
    throw error;
  }
  return {
    ...server,
    database,
    stop: async () => {
      const code = await server.stop();
      await drop();
      return code;
    },
  };
}
