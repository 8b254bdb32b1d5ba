import { beforeAll, describe, expect, it } from 'vitest';
import { receiveDossier } from '../../test/dossier-builders.ts';
import { useTestApp } from '../../test/test-app.ts';

const NOW = new Date('2026-11-25T09:00:00+07:00');

/** Issue 15 item 12 (DESIGN §14): answers with personal data carry `Cache-Control: no-store`; reference data may be cached. */
describe('Cache-Control on API answers', () => {
  const t = useTestApp({ now: () => NOW });
  let counter: string;
  let dossier: { id: string; code: string };
  let secret: string | null;
  beforeAll(async () => {
    counter = await t.login('congan.counter');
    ({ dossier, secret } = await receiveDossier(t, { procedure: 'cap ho chieu', cookie: counter }));
  });
  const cacheControl = async (url: string, cookie?: string) => {
    const res = await t.app.inject({ url, headers: cookie ? { cookie } : {} });
    expect(res.statusCode, `${url}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
    return res.headers['cache-control'];
  };

  it.each([
    ['the dossier JSON', () => `/api/v1/dossiers/${dossier.id}`],
    ['the receipt PDF', () => `/api/v1/dossiers/${dossier.id}/forms/receipt.pdf`],
    ['the list', () => '/api/v1/dossiers'],
    ['who is signed in', () => '/api/v1/me'],
    ['an unknown API address (a problem)', () => '/api/v1/khong-co'],
  ])('%s, for the officer: no-store', async (_name, url) => {
    expect(await cacheControl(url(), counter)).toBe('no-store');
  });

  it('the public look-up (a citizen’s dossier) and a refused request: no-store', async () => {
    const code = encodeURIComponent(dossier.code);
    expect(await cacheControl(`/api/v1/lookup?code=${code}&secret=${secret}`)).toBe('no-store');
    expect(await cacheControl(`/api/v1/dossiers/${dossier.id}`)).toBe('no-store');
  });

  it.each([
    '/api/v1/procedures?q=ho%20chieu',
    '/api/v1/agencies',
    '/api/v1/calendar/days?from=2026-11-01&to=2026-11-30',
  ])('public reference data %s may be cached', async (url) => {
    expect(await cacheControl(url)).toBeUndefined();
  });
});
