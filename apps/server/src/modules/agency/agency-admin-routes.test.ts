import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app.ts';
import { orgClient, problemOf } from '../center/org-test-client.ts';

type Listed = { items: { slug: string; validTo: string | null }[]; total: number };
const agency = {
  code: '000.00.41.H49',
  slug: 'banthu',
  name: 'Ban Thử nghiệm',
  validFrom: '2026-01-01',
  centers: ['H49'],
};

describe('agencies administered by the admin (DESIGN §4, §13)', () => {
  const t = useTestApp({ now: () => new Date('2026-11-25T09:00:00+07:00') });
  const { send, anonymous, audit } = orgClient(t);
  const list = async (query: string): Promise<Listed> => (await send('GET', `/api/v1/admin/agencies?${query}`)).json();

  it('lists the agencies in force, the merged ones only on request, and finds one without diacritics', async () => {
    const inForce = await list('pageSize=100');
    const all = await list('pageSize=100&includeEnded=true');
    // The contract's 24 (DESIGN §11) and nnmt, into which two of them merged on 2025-07-01.
    expect(all.total).toBe(25);
    expect(inForce.items.every((a) => a.validTo === null)).toBe(true);
    expect(all.items.find((a) => a.slug === 'gtvt')).toMatchObject({
      validTo: '2025-06-30',
      successor: { slug: 'xaydung' },
    });
    expect(inForce.items.map((a) => a.slug)).not.toContain('gtvt');
    expect((await list('q=so tu phap')).items.map((a) => a.slug)).toEqual(['tuphap']);
    const page = await list('includeEnded=true&page=2&pageSize=10');
    expect([page.items.length, page.total]).toEqual([10, 25]);
  });

  it('creates an agency, edits it and ends it into a successor, each change audited', async () => {
    const created = await send('POST', '/api/v1/agencies', agency);
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({ ...agency, validTo: null, successor: null });

    const edited = await send('PATCH', `/api/v1/agencies/${id}`, { name: 'Ban Thử nghiệm mới' });
    expect([edited.statusCode, edited.json().name]).toEqual([200, 'Ban Thử nghiệm mới']);

    const late = await send('POST', `/api/v1/agencies/${id}/end`, { validTo: '2026-12-31', successor: 'gtvt' });
    expect([late.statusCode, late.json().errors?.[0]?.path]).toEqual([400, 'successor']);
    const unknown = await send('POST', `/api/v1/agencies/${id}/end`, { validTo: '2026-12-31', successor: 'khong' });
    expect([unknown.statusCode, unknown.json().errors?.[0]?.path]).toEqual([400, 'successor']);
    const early = await send('POST', `/api/v1/agencies/${id}/end`, { validTo: '2025-12-31' });
    expect([early.statusCode, problemOf(early)]).toEqual([409, 'org.period_invalid']);

    const ended = await send('POST', `/api/v1/agencies/${id}/end`, { validTo: '2026-12-31', successor: 'noivu' });
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toMatchObject({ validTo: '2026-12-31', successor: { slug: 'noivu' } });
    const again = await send('POST', `/api/v1/agencies/${id}/end`, { validTo: '2027-01-31' });
    expect([again.statusCode, problemOf(again)]).toEqual([409, 'org.period_invalid']);

    const rows = (await audit('agency')).filter((r: { entityId: string }) => r.entityId === id);
    expect(rows.map((r: { action: string }) => r.action)).toEqual(['ended', 'updated', 'created']);
    expect(rows[2]).toMatchObject({ user: { username: 'admin' }, before: null, after: { slug: 'banthu' } });
    expect([rows[1].before.name, rows[1].after.name]).toEqual(['Ban Thử nghiệm', 'Ban Thử nghiệm mới']);
    expect([rows[0].before.successor, rows[0].after.successor.slug]).toEqual([null, 'noivu']);
  });

  it.each([
    ['a code already used', { code: '000.00.01.H49' }, 409, 'org.agency_code_taken'],
    ['a slug already used', { code: '000.00.42.H49', slug: 'congan' }, 409, 'org.agency_slug_taken'],
    ['a code not of QCVN 102', { code: 'H49-26' }, 400, 'request.validation_failed'],
    [
      'a center that does not exist',
      { code: '000.00.43.H49', slug: 'banmoi', centers: ['X99'] },
      400,
      'request.validation_failed',
    ],
  ])('refuses %s', async (_, body, status, code) => {
    const res = await send('POST', '/api/v1/agencies', { ...agency, ...body });
    expect([res.statusCode, problemOf(res)]).toEqual([status, code]);
  });

  it('moves an agency to the centers given, the first one owning it', async () => {
    const created = (
      await send('POST', '/api/v1/agencies', { ...agency, code: '000.00.44.H49', slug: 'banhai' })
    ).json();
    const district = await send('POST', '/api/v1/centers', {
      code: '000.00.03.H01',
      name: 'Trung tâm huyện',
      level: 'district',
      parentCode: 'H49',
      validFrom: '2020-01-01',
    });
    const res = await send('PATCH', `/api/v1/agencies/${created.id}`, { centers: ['000.00.03.H01', 'H49'] });
    expect([res.statusCode, res.json().centers]).toEqual([200, ['000.00.03.H01', 'H49']]);
    expect(district.statusCode).toBe(201);
  });

  it('lets only the admin see and change agencies: 403 for an officer, 401 for no one', async () => {
    expect((await send('GET', '/api/v1/admin/agencies', undefined, 'congan.head')).statusCode).toBe(403);
    expect((await anonymous('GET', '/api/v1/admin/agencies')).statusCode).toBe(401);
    expect((await send('POST', '/api/v1/agencies', agency, 'director')).statusCode).toBe(403);
    expect((await anonymous('POST', '/api/v1/agencies', agency)).statusCode).toBe(401);
  });
});
