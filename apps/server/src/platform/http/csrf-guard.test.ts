import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app.ts';
import { access } from './route-access.ts';
import { isSameOriginRequest } from './csrf-guard.ts';

const LOGIN = { username: 'khong.ton.tai', password: 'sai-mat-khau' };

/** Issue 15 item 8, DESIGN §14: unsafe methods need JSON (or the route's file type) and, from a browser, our origin. */
describe('cross-site request forgery', () => {
  const t = useTestApp({
    extraRoutes: (app) => {
      app.post('/api/v1/test-callback', { config: { ...access.public(), signedCallback: true } }, async () => ({
        ok: true,
      }));
    },
  });
  const post = (url: string, headers: Record<string, string>, payload?: string) =>
    t.app.inject({ method: 'POST', url, headers: { 'accept-language': 'en', ...headers }, payload });

  it.each([
    ['text/plain', { 'content-type': 'text/plain' }, JSON.stringify(LOGIN)],
    ['a form', { 'content-type': 'application/x-www-form-urlencoded' }, 'username=a&password=b'],
    ['multipart', { 'content-type': 'multipart/form-data; boundary=x' }, '--x--'],
    ['no content type and no body', {}, undefined],
  ])('a command sent as %s is 415 problem+json before anything runs', async (_name, headers, payload) => {
    const res = await post('/api/v1/auth/login', headers, payload);
    expect(res.statusCode).toBe(415);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({
      type: 'urn:motcua:problem:request.unsupported_media_type',
      detail: 'Content-Type must be application/json',
    });
  });

  it('a body-less command needs the JSON type too: log-out with {} works, without it is 415', async () => {
    const cookie = await t.login('director');
    const bare = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
    expect(bare.statusCode).toBe(415);
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie } })).statusCode).toBe(200);
    const json = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie }, payload: {} });
    expect(json.statusCode).toBeLessThan(300);
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it("an upload takes its route's declared file type, not JSON", async () => {
    const cookie = await t.login('congan.counter');
    const asJson = await post('/api/v1/documents?name=a.pdf', { cookie, 'content-type': 'application/json' }, '{}');
    expect(asJson.statusCode).toBe(415);
    expect(asJson.json().detail).toBe('Content-Type must be application/octet-stream');
    const asFile = await post(
      '/api/v1/documents?name=a.pdf',
      { cookie, 'content-type': 'application/octet-stream' },
      'x',
    );
    // Past the guard, the document service judges the bytes themselves (not a PDF here): no word on the header.
    expect(asFile.statusCode).toBeLessThan(500);
    expect(asFile.json().detail ?? '').not.toContain('Content-Type');
  });

  it.each([
    ['another port of the same host', { origin: 'http://localhost:8080' }, 403],
    ['another site', { origin: 'https://evil.example' }, 403],
    ['an opaque origin', { origin: 'null' }, 403],
    ['a cross-site fetch', { 'sec-fetch-site': 'cross-site' }, 403],
    ['a same-site fetch (a sibling subdomain)', { 'sec-fetch-site': 'same-site' }, 403],
    ['a forwarded host not trusted', { origin: 'https://evil.example', 'x-forwarded-host': 'evil.example' }, 403],
    ['our own origin', { origin: 'http://localhost' }, 401],
    ['our own origin with both headers', { origin: 'http://localhost', 'sec-fetch-site': 'same-origin' }, 401],
    ['a typed address (Sec-Fetch-Site none)', { 'sec-fetch-site': 'none' }, 401],
    ['no browser header at all (contract checker)', {}, 401],
  ])('a log-in from %s: %i', async (_name, headers, status) => {
    const res = await post(
      '/api/v1/auth/login',
      { 'content-type': 'application/json', ...headers },
      JSON.stringify(LOGIN),
    );
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    if (status === 403) expect(res.json().detail).toBe('A request sent from another site is refused');
  });

  it('reading from another site is not refused (a link opens the app)', async () => {
    const res = await t.app.inject({ url: '/api/v1/procedures', headers: { 'sec-fetch-site': 'cross-site' } });
    expect(res.statusCode).toBe(200);
  });

  it('a route authenticated by a signature skips the origin check, never the content type', async () => {
    const json = { 'content-type': 'application/json', origin: 'https://gateway.example' };
    expect((await post('/api/v1/test-callback', json, '{}')).statusCode).toBe(200);
    const text = { 'content-type': 'text/plain', origin: 'https://gateway.example' };
    expect((await post('/api/v1/test-callback', text, '{}')).statusCode).toBe(415);
  });
});

describe('same origin, decided from the headers', () => {
  const own = 'http://10.0.0.5:3000';
  const pub = 'https://motcua.quangninh.gov.vn';
  it.each([
    [undefined, undefined, true],
    [undefined, own, true],
    [undefined, pub, true],
    [undefined, 'http://10.0.0.5:3001', false],
    [undefined, 'https://motcua.quangninh.gov.vn.evil.example', false],
    [undefined, 'not a url', false],
    ['same-origin', own, true],
    ['none', undefined, true],
    ['cross-site', own, false],
    [['same-origin', 'same-origin'], undefined, false],
  ] as const)('Sec-Fetch-Site %j, Origin %j: %s', (secFetchSite, origin, same) => {
    expect(
      isSameOriginRequest({
        secFetchSite: secFetchSite as string | string[] | undefined,
        origin,
        ownOrigin: own,
        publicOrigin: pub,
      }),
    ).toBe(same);
  });
});
