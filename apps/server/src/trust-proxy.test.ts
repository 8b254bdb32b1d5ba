import { LOOKUP_THROTTLE } from '@motcua/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import { loadConfig, trustProxyOption } from './config.ts';
import { useTestApp } from './test/test-app.ts';

describe('MOTCUA_TRUST_PROXY (DESIGN §14: behind a proxy, each citizen keeps an address of their own)', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['1', 1],
    ['10.0.0.5', ['10.0.0.5']],
    [' 10.0.0.5, 172.16.0.0/12 ,fd00::/8, loopback', ['10.0.0.5', '172.16.0.0/12', 'fd00::/8', 'loopback']],
  ])('%j is read as %j', (value, expected) => {
    expect(loadConfig({ MOTCUA_TRUST_PROXY: value }).MOTCUA_TRUST_PROXY).toEqual(expected);
  });

  it('a number of hops believes that many proxies nearest the server, as Fastify does with a number', () => {
    const believe = trustProxyOption(2) as (address: string, hop: number) => boolean;
    expect([0, 1, 2].map((hop) => believe('10.0.0.1', hop))).toEqual([true, true, false]);
    expect(trustProxyOption(undefined)).toBe(false);
  });

  // Trusting every sender would let anyone choose the address a throttle counts.
  it.each(['true', 'proxy.local', '10.0.0.0/33', '10.0.0.1,,nope'])('refuses %j at start', (value) => {
    expect(() => loadConfig({ MOTCUA_TRUST_PROXY: value })).toThrow(/MOTCUA_TRUST_PROXY/);
  });

  const t = useTestApp();
  const PROXY = '10.1.0.1';
  let behindProxy: FastifyInstance;
  beforeAll(async () => {
    // The same database as `t`, the proxy named: the two apps count failures in one table, by address.
    behindProxy = await buildApp({
      config: { ...loadConfig({ MOTCUA_TRUST_PROXY: PROXY }), MOTCUA_WEB_DIST: '/nonexistent', LOG_LEVEL: 'silent' },
      db: t.database.db,
    });
    await behindProxy.ready();
  });
  afterAll(() => behindProxy.close());

  const wrongLookup = (app: FastifyInstance, remoteAddress: string, forwardedFor: string) =>
    app.inject({
      url: '/api/v1/lookup?code=000.00.01.H49-261125-0001&secret=AAAAAA',
      remoteAddress,
      headers: { 'x-forwarded-for': forwardedFor },
    });
  const exhaust = async (app: FastifyInstance, remoteAddress: string, forwardedFor: string) => {
    for (let i = 0; i < LOOKUP_THROTTLE.maxFailures; i++)
      expect((await wrongLookup(app, remoteAddress, forwardedFor)).statusCode).toBe(404);
    expect((await wrongLookup(app, remoteAddress, forwardedFor)).statusCode).toBe(429);
  };

  it('with the proxy named, two forwarded addresses are throttled separately', async () => {
    await exhaust(behindProxy, PROXY, '203.0.113.7');
    expect((await wrongLookup(behindProxy, PROXY, '203.0.113.8')).statusCode).toBe(404);
  });

  it('without it, every forwarded address shares the proxy’s own, and a header cannot pick one', async () => {
    const otherProxy = '10.2.0.1';
    await exhaust(t.app, otherProxy, '198.51.100.7');
    expect((await wrongLookup(t.app, otherProxy, '198.51.100.8')).statusCode).toBe(429);
  });
});
