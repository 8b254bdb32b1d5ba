import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { useTestApp } from '../../test/test-app.ts';
import { access } from './route-access.ts';
import { findUndeclaredOperations } from './access-rules.ts';

/** DESIGN §10: role and agency scoping on every route; this test fails on any route that does not declare it. */
describe('every route declares who may call it', () => {
  const t = useTestApp();

  it('every operation in the OpenAPI document carries an access rule', async () => {
    const doc = (await t.app.inject({ url: '/api/docs/json' })).json();
    expect(Object.keys(doc.paths).length).toBeGreaterThanOrEqual(4);
    expect(findUndeclaredOperations(doc)).toEqual([]);
    expect(doc.paths['/api/v1/me'].get['x-motcua-access']).toEqual({ scope: 'authenticated', roles: [] });
  });
});

describe('an unguarded route', () => {
  const t = useTestApp({
    extraRoutes: (app) => {
      app.get('/api/v1/forgotten', { schema: { response: { 200: z.object({ secret: z.string() }) } } }, async () => ({
        secret: 'x',
      }));
      app.get('/api/v1/leaders-only', { config: access.all('director') }, async () => ({ ok: true }));
    },
  });

  it('is reported by the check and refused at run time (fail closed)', async () => {
    const doc = (await t.app.inject({ url: '/api/docs/json' })).json();
    expect(findUndeclaredOperations(doc)).toEqual(['GET /api/v1/forgotten']);
    const director = await t.login('director');
    const res = await t.app.inject({ url: '/api/v1/forgotten', headers: { cookie: director } });
    expect(res.statusCode).toBe(403);
    expect(res.json().type).toBe('urn:motcua:problem:auth.forbidden');
  });

  it('a declared rule admits its roles only', async () => {
    const anonymous = await t.app.inject({ url: '/api/v1/leaders-only' });
    expect(anonymous.statusCode).toBe(401);
    const counter = await t.app.inject({
      url: '/api/v1/leaders-only',
      headers: { cookie: await t.login('congan.counter') },
    });
    expect(counter.statusCode).toBe(403);
    const director = await t.app.inject({
      url: '/api/v1/leaders-only',
      headers: { cookie: await t.login('director') },
    });
    expect(director.statusCode).toBe(200);
  });
});
