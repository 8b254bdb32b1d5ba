import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { agency, center } from '../../db/schema/index.ts';
import { createChangeFeed, type ChangeFeed } from '../../platform/notify/change-feed.ts';
import { notifyDossierChanged } from '../../platform/notify/dossier-notify.ts';
import { useTestApp } from '../../test/test-app.ts';
import { dashboardStreamRoutes } from './dashboard-stream-routes.ts';
import { createDashboardStreamService, MAX_STREAMS_PER_USER } from './dashboard-stream-service.ts';

type SseEvent = { event: string; data: unknown };
const DELIVERY_MS = 10_000;

/** Opens the stream as a browser would and reads its events one by one (heartbeat comments skipped). */
async function openStream(baseUrl: string, cookie: string) {
  const res = await fetch(`${baseUrl}/api/v1/dashboard/stream`, { headers: { cookie, accept: 'text/event-stream' } });
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  async function read(): Promise<SseEvent | null> {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = buffer
          .slice(0, end)
          .split('\n')
          .filter((line) => !line.startsWith(':'));
        buffer = buffer.slice(end + 2);
        if (block.length === 0) continue;
        const field = (name: string) =>
          block.find((line) => line.startsWith(`${name}: `))?.slice(name.length + 2) ?? '';
        return { event: field('event'), data: JSON.parse(field('data') || 'null') };
      }
      const { value, done } = await reader.read();
      if (done) return null;
      buffer += value;
    }
  }
  const next = () =>
    Promise.race([
      read(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no event in time')), DELIVERY_MS).unref()),
    ]);
  return { res, next, close: () => reader.cancel() };
}

describe('GET /api/v1/dashboard/stream', () => {
  const t = useTestApp({
    extraRoutes: async (app) => {
      await app.register(dashboardStreamRoutes({ changes: createDashboardStreamService({ feed: counted }) }));
    },
  });
  // The feed listens on the test database, which exists once useTestApp's beforeAll has made it.
  const feed = createChangeFeed((channel, onPayload) => t.database.listen(channel, onPayload));
  let subscribers = 0;
  const counted: ChangeFeed = {
    ...feed,
    subscribe: (filter, onChange) => {
      subscribers++;
      const stop = feed.subscribe(filter, onChange);
      return () => {
        subscribers--;
        stop();
      };
    },
  };
  let baseUrl: string;
  let centerId: string;
  const opened: Awaited<ReturnType<typeof openStream>>[] = [];
  const open = async (username: string) => {
    const stream = await openStream(baseUrl, await t.login(username));
    opened.push(stream);
    return stream;
  };
  const agencyIdOf = async (slug: string) =>
    (await t.database.db.select({ id: agency.id }).from(agency).where(eq(agency.slug, slug)))[0]!.id;
  const changeIn = (agencyId: string) =>
    t.database.db.transaction((tx) => notifyDossierChanged(tx, { centerId, agencyId }));

  beforeAll(async () => {
    await feed.start();
    baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
    centerId = (await t.database.db.select({ id: center.id }).from(center))[0]!.id;
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((stream) => stream.close()));
  });
  // Before useTestApp's own afterAll (hooks run as a stack): the feed stops listening before its database closes.
  afterAll(() => feed.close());

  it('tells a director of a change in any agency, with the security headers of every answer', async () => {
    const stream = await open('director');
    expect(stream.res.status).toBe(200);
    expect(stream.res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(stream.res.headers.get('cache-control')).toBe('no-cache');
    expect(stream.res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(stream.res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await stream.next()).toEqual({ event: 'ready', data: {} });

    const congan = await agencyIdOf('congan');
    await changeIn(congan);
    expect(await stream.next()).toEqual({ event: 'changed', data: { agencyId: congan } });
  });

  it('tells an agency head only of changes in their own agency', async () => {
    const stream = await open('congan.head');
    expect(await stream.next()).toEqual({ event: 'ready', data: {} });
    const [congan, gtvt] = [await agencyIdOf('congan'), await agencyIdOf('gtvt')];
    await changeIn(gtvt);
    await changeIn(congan);
    // Changes arrive in commit order: had the other agency's change been passed on, it would come first.
    expect(await stream.next()).toEqual({ event: 'changed', data: { agencyId: congan } });
  });

  it('stops listening for a dashboard that went away', async () => {
    // The earlier tests' dashboards have gone too.
    await vi.waitFor(() => expect(subscribers).toBe(0), { timeout: DELIVERY_MS });
    const stream = await open('director');
    expect(await stream.next()).toMatchObject({ event: 'ready' });
    expect(subscribers).toBe(1);
    await stream.close();
    await vi.waitFor(() => expect(subscribers).toBe(0), { timeout: DELIVERY_MS });
  });

  it('refuses an anonymous caller with 401 and an officer without the role with 403, as problems', async () => {
    const anonymous = await t.app.inject({ url: '/api/v1/dashboard/stream' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(anonymous.json().type).toBe('urn:motcua:problem:auth.unauthenticated');
    const counter = await t.app.inject({
      url: '/api/v1/dashboard/stream',
      headers: { cookie: await t.login('congan.counter') },
    });
    expect(counter.statusCode).toBe(403);
    expect(counter.json().type).toBe('urn:motcua:problem:auth.forbidden');
  });

  it('caps one user’s open streams (per process): the next gets 429 with Retry-After, until one closes', async () => {
    await vi.waitFor(() => expect(subscribers).toBe(0), { timeout: DELIVERY_MS });
    // Each `open` signs in anew: the cap counts the user, not the session.
    const streams = [];
    for (let i = 0; i < MAX_STREAMS_PER_USER; i++) streams.push(await open('congan.head'));
    for (const stream of streams) expect(await stream.next()).toMatchObject({ event: 'ready' });
    const refused = await fetch(`${baseUrl}/api/v1/dashboard/stream`, {
      headers: { cookie: await t.login('congan.head') },
    });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await refused.json()) as { type: string }).type).toBe('urn:motcua:problem:dashboard.too_many_streams');
    expect(subscribers).toBe(MAX_STREAMS_PER_USER);
    // Another user is not counted with them.
    expect(await (await open('director')).next()).toMatchObject({ event: 'ready' });
    await streams[0]!.close();
    await vi.waitFor(() => expect(subscribers).toBe(MAX_STREAMS_PER_USER), { timeout: DELIVERY_MS });
    expect(await (await open('congan.head')).next()).toMatchObject({ event: 'ready' });
  });

  it('ends open streams when the server closes, so that shutting down does not wait for them', async () => {
    const stream = await open('director');
    expect(await stream.next()).toMatchObject({ event: 'ready' });
    await t.app.close();
    expect(await stream.next()).toBeNull();
  });
});
