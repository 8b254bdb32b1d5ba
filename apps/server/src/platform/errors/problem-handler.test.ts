import { describe, expect, it } from 'vitest';
import { access } from '../http/route-access.ts';
import { useTestApp } from '../../test/test-app.ts';

describe('errors are problem+json', () => {
  const t = useTestApp({
    extraRoutes: (app) => {
      app.get('/api/v1/boom', { config: access.public() }, async () => {
        throw new Error('database password is hunter2');
      });
    },
  });

  it('an unknown address is a 404 problem in Vietnamese', async () => {
    const res = await t.app.inject({ url: '/api/v1/khong-co' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({
      type: 'urn:motcua:problem:route.not_found',
      title: 'Không tìm thấy địa chỉ yêu cầu',
    });
  });

  it('a malformed body is a 400 problem, not a 500', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().type).toBe('urn:motcua:problem:request.malformed');
  });

  it('an unexpected failure is a generic 500: the cause only in the log, with the request id', async () => {
    const res = await t.app.inject({ url: '/api/v1/boom', headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(500);
    const body = res.json();
    expect(body).toMatchObject({
      type: 'urn:motcua:problem:server.internal',
      title: 'Internal error, please try again later',
    });
    expect(res.body).not.toContain('hunter2');
    expect(body.requestId).toBe(res.headers['x-request-id']);
    expect(t.logs.some((line) => line.includes('hunter2') && line.includes(body.requestId))).toBe(true);
  });
});
