import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tinyPdf } from '../../../../packages/core/src/document/testing.ts';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { openPg, openPglite } from '../db/open-database.ts';
import { center } from '../db/schema/index.ts';
import { seedDemoDossiers } from '../demo/dossiers-seed.ts';
import { DEMO_SAMPLE_PDFS } from '../demo/dossiers/citizen-store-seed.ts';
import { getProcedure, receiveDossier } from '../test/dossier-builders.ts';
import { useTestApp } from '../test/test-app.ts';
import { testDriver } from '../test/test-database.ts';
import { documentHashes, fingerprint } from './backup-fingerprint.ts';
import { clientOf } from './database-client.ts';
import { backupStoppedPglite, restorePglite } from './pglite-backup.ts';
import { restorePg } from './pg-backup.ts';

const DOCUMENTS = 12;
const scratch = () => mkdtempSync(join(tmpdir(), 'motcua-backup-'));

describe('a backup restored elsewhere holds the same dossiers, events and documents (issue 15 "Backups")', () => {
  const t = useTestApp();
  const restored: DatabaseHandle[] = [];
  const dropped: string[] = [];
  let original: Awaited<ReturnType<typeof fingerprint>>;
  let originalDocuments: Record<string, string>;
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    // ~480 dossiers of the demo's live window (1% of its volume) with their events, then receptions with scans.
    const [province] = await t.database.db.select({ id: center.id }).from(center);
    await t.database.db.transaction((tx) =>
      seedDemoDossiers(
        tx,
        province!.id,
        {
          now: new Date('2026-11-25T09:00:00+07:00'),
          passwordHash: 'x',
          liveScale: 0.01,
          periods: ['live'],
          worker: false,
        },
        () => {},
      ),
    );
    const cookie = await t.login('congan.counter');
    const procedure = await getProcedure(t, 'cap ho chieu');
    for (let i = 0; i < DOCUMENTS; i++) {
      const { dossier } = await receiveDossier(t, { procedure, cookie });
      const upload = await t.app.inject({
        method: 'POST',
        url: '/api/v1/documents?name=to-khai.pdf&kind=scan',
        headers: { cookie, 'content-type': 'application/octet-stream' },
        payload: Buffer.from(tinyPdf(1 + (i % 3), ` /Lang (scan ${i})`)),
      });
      expect(upload.statusCode, upload.body).toBe(201);
      const attach = await t.app.inject({
        method: 'POST',
        url: `/api/v1/documents/${upload.json().id}/attach`,
        headers: { cookie },
        payload: { dossierId: dossier.id },
      });
      expect(attach.statusCode, attach.body).toBe(200);
    }
    // Log-ins write sessions: the ones the tests use come before the fingerprint.
    for (const username of ['admin', 'director']) cookies[username] = await t.login(username);
    original = await fingerprint(t.database.db);
    originalDocuments = await documentHashes(t.database.db);
  }, 300_000);

  afterAll(async () => {
    for (const handle of restored) await handle.close();
    if (dropped.length === 0) return;
    const admin = new pg.Client({ connectionString: adminUrl() });
    await admin.connect();
    for (const name of dropped) await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  });

  const adminUrl = () => {
    const url = new URL((clientOf(t.database.db) as pg.Pool).options.connectionString!);
    url.pathname = '/postgres';
    return url.toString();
  };

  const download = (username: string) =>
    t.app.inject({ url: '/api/v1/admin/backup', headers: { cookie: cookies[username]! } });

  const expectSameAsOriginal = async (handle: DatabaseHandle) => {
    expect(await fingerprint(handle.db)).toEqual(original);
    expect(await documentHashes(handle.db)).toEqual(originalDocuments);
  };

  it('holds a real database: ~500 dossiers with their events, and documents', () => {
    expect(original.dossier!.rows).toBeGreaterThanOrEqual(400);
    expect(original.dossier_event!.rows).toBeGreaterThan(original.dossier!.rows);
    // The receptions' scans and the demo's own sample PDFs (a stored scan, a result: issue 19).
    expect(original.document_blob!.rows).toBe(DOCUMENTS + DEMO_SAMPLE_PDFS);
    expect(Object.entries(originalDocuments).every(([key, computed]) => key === computed)).toBe(true);
  });

  it('is for the admin only', async () => {
    expect((await download('director')).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/admin/backup' })).statusCode).toBe(401);
  });

  it('the running server streams its backup; restored into a new place, every row and document is identical', async () => {
    const res = await download('admin');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const file = join(scratch(), 'backup');
    writeFileSync(file, res.rawPayload);
    if (testDriver === 'pglite') {
      expect(res.headers['content-type']).toBe('application/gzip');
      const target = join(scratch(), 'restored');
      await restorePglite(file, target);
      await expect(restorePglite(file, target)).rejects.toThrow(/is not empty: restore into a new directory/);
      const handle = await openPglite(target);
      restored.push(handle);
      await expectSameAsOriginal(handle);
    } else {
      expect(res.rawPayload.subarray(0, 5).toString()).toBe('PGDMP'); // pg_dump's custom format
      const name = `motcua_restore_${randomBytes(5).toString('hex')}`;
      dropped.push(name);
      const target = new URL(adminUrl());
      target.pathname = `/${name}`;
      await restorePg(file, target.toString());
      await expect(restorePg(file, target.toString())).rejects.toThrow(/is not empty: restore into a new one/);
      const handle = await openPg(target.toString());
      restored.push(handle);
      await expectSameAsOriginal(handle);
    }
  }, 120_000);

  it.runIf(testDriver === 'pglite')(
    'a stopped embedded database is backed up by the command, under its lock',
    async () => {
      const [open] = restored;
      const file = join(scratch(), 'stopped.tar.gz');
      const running = (open!.db as unknown as { $client: { dataDir?: string } }).$client.dataDir!;
      await expect(backupStoppedPglite(running, file)).rejects.toThrow(/already in use by another motcua process/);
      await open!.close();
      restored.length = 0;
      expect(await backupStoppedPglite(running, file)).toBeGreaterThan(0);
      const again = join(scratch(), 'again');
      await restorePglite(file, again);
      const handle = await openPglite(again);
      restored.push(handle);
      await expectSameAsOriginal(handle);
    },
    120_000,
  );
});
