import { describe, expect, it } from 'vitest';
import { serializeError } from './log-error.ts';
import { loggedPath } from './log-request.ts';

const ID = '0b5c2f0e-8d1a-4c3e-9f1e-2a7b6c5d4e3f';

type Case = { url: string; pattern?: string; params?: Record<string, string> };

describe('loggedPath: the route, never its values (DESIGN §14)', () => {
  it.each<[string, Case, string]>([
    [
      'a route with an id',
      { url: `/api/v1/dossiers/${ID}?secret=QX7MPR`, pattern: '/api/v1/dossiers/:id', params: { id: ID } },
      `/api/v1/dossiers/${ID}`,
    ],
    [
      'the by-code route with the whole QR text',
      {
        url: '/api/v1/dossiers/by-code/http%3A%2F%2Fx%2Ftra-cuu%3Fcode%3DA%26secret%3DQX7MPR',
        pattern: '/api/v1/dossiers/by-code/:code',
        params: { code: 'http://x/tra-cuu?code=A&secret=QX7MPR' },
      },
      '/api/v1/dossiers/by-code/:code',
    ],
    [
      'a non-id parameter stays a placeholder',
      { url: '/api/v1/procedures/1.0001', pattern: '/api/v1/procedures/:code', params: { code: '1.0001' } },
      '/api/v1/procedures/:code',
    ],
    [
      'an unmatched path keeps its words only',
      { url: '/api/v1/khong-co/QX7MPR/0912345678?phone=1', params: {} },
      '/api/v1/khong-co/…/…',
    ],
    ['an unmatched file name and id', { url: `/assets/index.js/${ID}` }, `/assets/index.js/${ID}`],
  ])('%s', (_name, r, expected) => {
    const req = { method: 'GET', id: 'r1', url: r.url, params: r.params, routeOptions: { url: r.pattern } };
    expect(loggedPath(req)).toBe(expected);
  });
});

describe('serializeError: what failed, without the values it carried', () => {
  const pgError = Object.assign(
    new Error('duplicate key value violates unique constraint "app_user_username_unique"'),
    {
      code: '23505',
      constraint: 'app_user_username_unique',
      table: 'app_user',
      detail: 'Key (username)=(022195077731) already exists.',
    },
  );
  const drizzle = Object.assign(
    new Error('Failed query: insert into "app_user" values ($1)\nparams: 022195077731,QX7MPR'),
    {
      query: 'insert into "app_user" values ($1)',
      params: ['022195077731', 'QX7MPR'],
      cause: pgError,
    },
  );

  it('drops the query, its parameters and the detail; keeps the code, constraint and frames', () => {
    const logged = serializeError(drizzle);
    const text = JSON.stringify(logged);
    for (const value of ['022195077731', 'QX7MPR', 'params', 'detail']) expect(text).not.toContain(value);
    expect(logged.message).toBe('Failed query (SQL and parameters not logged)');
    expect(logged.stack).toMatch(/^Error: Failed query \(SQL and parameters not logged\)\n\s+at /);
    expect(logged.cause).toMatchObject({ code: '23505', constraint: 'app_user_username_unique', table: 'app_user' });
    expect(logged.cause?.message).toContain('"app_user_username_unique"');
  });

  it('cuts a quoted value from a driver message', () => {
    const cast = Object.assign(new Error('invalid input syntax for type uuid: "0912345678"'), { code: '22P02' });
    expect(serializeError(cast).message).toBe('invalid input syntax for type uuid: "…"');
  });

  it('a thrown non-error says only that', () => {
    expect(serializeError('0912345678')).toEqual({ type: 'string', message: '(not an Error)', stack: '' });
  });
});
