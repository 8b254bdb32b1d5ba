import { sql } from 'drizzle-orm';
import { spawn } from 'node:child_process';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPg, openPglite } from '../apps/server/src/db/open-database.ts';
import { resultRows } from '../apps/server/src/db/result-rows.ts';
import { auditLoad, mailFigures, reportAndCheck, statisticsBaseline, type Query } from './support/fault-audit.ts';
import { startFaultLoad } from './support/fault-load.ts';
import { kill, restartAfterKill, seedReference, waitFor } from './support/fault-steps.ts';
import { freePort, startPgCluster, type PgCluster } from './support/pg-cluster.ts';
import { freshDataDir, removeDataDir, repoRoot, startServer, type RunningServer } from './support/server.ts';
import { startSmtpSink } from './support/smtp-sink.ts';

// Issue 15 "Faults": under a bounded load of receptions and transitions, the app is SIGKILLed and restarted and
// PostgreSQL restarted three times; nothing acknowledged is lost, nothing half-written, no code twice, no mail twice.

describe('faults on a throwaway PostgreSQL cluster', () => {
  let cluster: PgCluster | undefined;
  let server: RunningServer | undefined;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>> | undefined;
  beforeAll(async () => {
    cluster = await startPgCluster();
    await seedReference(await openPg(cluster.url('motcua')));
  });
  afterAll(async () => {
    await server?.stop();
    await smtp?.close();
    cluster?.remove();
  });

  it('loses nothing acknowledged through a SIGKILL of the app and three restarts of PostgreSQL', async () => {
    const url = cluster!.url('motcua');
    smtp = await startSmtpSink();
    const env = { DATABASE_URL: url, MOTCUA_DEMO: '1', MOTCUA_SMTP_URL: smtp.url, PORT: String(await freePort()) };
    server = await startServer(env);
    const query: Query = async (text) => {
      const direct = new pg.Client({ connectionString: url });
      await direct.connect();
      try {
        return (await direct.query(text)).rows;
      } finally {
        await direct.end();
      }
    };
    const baseline = await statisticsBaseline(query);

    const load = await startFaultLoad(server.url);
    let faults = 0;
    await load.more(8);
    await kill(server);
    faults++;
    server = await restartAfterKill(env);
    for (let i = 0; i < 3; i++) {
      await load.more(5);
      cluster!.restart();
      faults++;
    }
    await load.more(5);
    const figures = await load.stop();

    // Recovered by itself: the server that lived through the three restarts answers from the database.
    const health = await fetch(`${server.url}/api/v1/procedures?q=ho%20chieu`);
    expect(health.status).toBe(200);
    await waitFor(async () => (await auditLoad(query, figures, baseline)).unsentMails === 0, 'the outbox to drain');
    const audit = await auditLoad(query, figures, baseline);
    reportAndCheck('PostgreSQL', faults, figures, audit, smtp.messageIds);
    // And it still stops gracefully (SIGTERM): exit 0.
    const stopped = await server.stop();
    expect(stopped, server.output().slice(-3000)).toBe(0);
    server = undefined;
  });

  it('SIGTERM to `npm start` stops the server it started, gracefully', async () => {
    const child = spawn('npm', ['start'], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: cluster!.url('motcua'), PORT: '0', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const serverPid = await new Promise<number>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk;
        const listening = /"pid":(\d+)[^\n]*Server listening/.exec(output);
        if (listening && /ready in/.test(output)) resolve(Number(listening[1]));
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      void exited.then(() => reject(new Error(`npm start ended before it was ready:\n${output}`)));
    });
    child.kill('SIGTERM');
    try {
      expect(await exited, output).toBe(0);
      expect(output).toMatch(/SIGTERM: stopping[\s\S]*\bstopped\b/);
      expect(() => process.kill(serverPid, 0)).toThrow(); // the server is gone with it, not orphaned
    } finally {
      try {
        process.kill(serverPid, 'SIGKILL'); // an orphan left by a failure must not outlive the test
      } catch {
        // gone, as it should be
      }
    }
  });
});

describe('a SIGKILL on the embedded database', () => {
  let dataDir: string | undefined;
  let server: RunningServer | undefined;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>> | undefined;
  afterAll(async () => {
    await server?.stop();
    await smtp?.close();
    if (dataDir) removeDataDir(dataDir);
  });

  it('loses nothing acknowledged and sends no mail twice', async () => {
    dataDir = freshDataDir();
    await seedReference(await openPglite(dataDir));
    // The embedded database has one user at a time: the test reads it only while no server holds it.
    const readEmbedded = async <T>(read: (query: Query) => Promise<T>): Promise<T> => {
      const handle = await openPglite(dataDir!);
      try {
        return await read(async (text) => resultRows(await handle.db.execute(sql.raw(text))));
      } finally {
        await handle.close();
      }
    };
    const baseline = await readEmbedded(statisticsBaseline);
    smtp = await startSmtpSink();
    // A killed server's lease is taken over after its silence: short beats so that the restart waits 2 s, not 30.
    const lease = { MOTCUA_LOCK_BEAT_MS: '200', MOTCUA_LOCK_STALE_MS: '2000' };
    const env = { ...lease, MOTCUA_DATA_DIR: dataDir, MOTCUA_SMTP_URL: smtp.url, PORT: String(await freePort()) };
    server = await startServer(env);
    const load = await startFaultLoad(server.url);
    await load.more(8);
    await kill(server);
    server = await restartAfterKill(env);
    await load.more(8);
    const figures = await load.stop();
    // Mail goes out while the server runs: wait for every acknowledged dossier's, then stop it gracefully.
    const sink = smtp;
    await waitFor(
      async () =>
        mailFigures(sink.messageIds, new Set(figures.acknowledged.map((d) => d.id))).dossiersWithoutMail === 0,
      'the mails of the acknowledged dossiers',
    );
    expect(await server.stop()).toBe(0);
    server = undefined;
    const audit = await readEmbedded((query) => auditLoad(query, figures, baseline));
    reportAndCheck('PGlite', 1, figures, audit, smtp.messageIds);
  });
});
