import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app.ts';

const NUL = '\u0000';
const LONE = '\uD800';
const json = { 'content-type': 'application/json' };

/**
 * Issue 15 item 7: bad input is refused at one place (the core's text rule applied before every route's schema, the
 * error handler and the router's own errors), always a 4xx problem+json in the request's language, never a 500.
 */
describe('bad input is a 4xx problem in the request language', () => {
  const t = useTestApp();

  const expectProblem = (res: { statusCode: number; headers: Record<string, unknown>; json: () => any }) => {
    expect(String(res.headers['content-type'])).toContain('application/problem+json');
    return res.json();
  };

  it.each([
    ['NUL in a body string', 'POST', '/api/v1/auth/login', { username: `a${NUL}b`, password: 'x' }, 'username'],
    ['a lone surrogate in a body string', 'POST', '/api/v1/auth/login', { username: 'a', password: LONE }, 'password'],
    ['%00 in a free query', 'GET', '/api/v1/procedures?q=ho%00chieu', undefined, 'querystring.q'],
    ['%00 in a path parameter', 'GET', '/api/v1/procedures/1.00%00', undefined, 'params.code'],
    [
      'NUL in a look-up',
      'GET',
      `/api/v1/lookup?code=${encodeURIComponent(NUL)}&secret=1`,
      undefined,
      'querystring.code',
    ],
    ['NUL in a rating', 'POST', '/api/v1/lookup/rating', { code: NUL, phoneLast4: '1234' }, 'code'],
    ['NUL in a body key', 'POST', '/api/v1/auth/login', { [`u${NUL}`]: 'x', username: 'a', password: 'b' }, '?'],
  ])('%s: 400 with the field, in Vietnamese and English', async (_name, method, url, payload, path) => {
    for (const [language, title, word] of [
      ['vi', 'Dữ liệu không hợp lệ', 'ký tự không hợp lệ'],
      ['en', 'Invalid input', 'invalid character'],
    ] as const) {
      const res = await t.app.inject({
        method: method as 'GET' | 'POST',
        url,
        headers: { ...json, 'accept-language': language },
        ...(payload ? { payload: JSON.stringify(payload) } : {}),
      });
      expect(res.statusCode).toBe(400);
      const body = expectProblem(res);
      expect(body).toMatchObject({ type: 'urn:motcua:problem:request.validation_failed', title });
      expect(body.errors).toContainEqual({ path, message: expect.stringContaining(word) });
    }
  });

  it('signed in, NUL in a dossier filter and a report filter is 400, not a database error', async () => {
    const director = await t.login('director');
    const report = await t.app.inject({
      url: `/api/v1/dossiers?q=${encodeURIComponent(NUL)}`,
      headers: { cookie: await t.login('congan.counter') },
    });
    expect(report.statusCode).toBe(400);
    const resolution = await t.app.inject({
      url: `/api/v1/reports/resolution?from=2024-01-01${encodeURIComponent(NUL)}&to=2024-12-31`,
      headers: { cookie: director },
    });
    expect(resolution.statusCode).toBe(400);
    expect(expectProblem(resolution).type).toBe('urn:motcua:problem:request.validation_failed');
  });

  it('NUL in a header a service may read (Accept-Language, Idempotency-Key) is 400, not a 500', async () => {
    for (const headers of [{ 'accept-language': `en${NUL}` }, { 'idempotency-key': `key-${NUL}-12345678` }]) {
      const res = await t.app.inject({ url: '/api/v1/procedures', headers });
      expect(res.statusCode).toBe(400);
      expect(expectProblem(res).errors[0].path).toMatch(/^headers\./);
    }
  });

  it.each([
    ['bad percent-encoding', '/api/v1/x/%E0%A4%A'],
    ['a lone surrogate percent-encoded in the path', '/api/v1/procedures/%ED%A0%80'],
    ['an over-long path parameter', `/api/v1/dossiers/${'a'.repeat(5000)}`],
  ])('%s: 400 request.malformed problem+json, in the language asked', async (_name, url) => {
    const vi = await t.app.inject({ url });
    expect(vi.statusCode).toBe(400);
    expect(expectProblem(vi)).toMatchObject({
      type: 'urn:motcua:problem:request.malformed',
      title: 'Yêu cầu không đúng định dạng',
    });
    const en = await t.app.inject({ url, headers: { 'accept-language': 'en' } });
    expect(expectProblem(en).title).toBe('Malformed request');
  });

  it('a body over the limit is 413 problem+json', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { ...json, 'accept-language': 'en' },
      payload: JSON.stringify({ username: 'x'.repeat(2_000_000), password: 'x' }),
    });
    expect(res.statusCode).toBe(413);
    expect(expectProblem(res)).toMatchObject({
      type: 'urn:motcua:problem:request.payload_too_large',
      title: 'Payload too large',
    });
  });

  it('a deeply nested body is refused, not a crash', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: json,
      payload: '['.repeat(100_000) + ']'.repeat(100_000),
    });
    expect(res.statusCode).toBe(400);
    expectProblem(res);
  });
});
