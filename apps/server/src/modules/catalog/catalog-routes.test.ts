import { foldText } from '@motcua/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app.ts';
import { pdfText } from '../../test/pdf-text.ts';

describe('procedure catalog for citizens (DESIGN §11)', () => {
  const t = useTestApp({ now: () => new Date('2026-11-25T09:00:00+07:00') });
  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });
  const search = async (q: string, extra = '') =>
    (await get(`/api/v1/procedures?q=${encodeURIComponent(q)}${extra}`)).json();

  it('lists the 918 procedures in force, paged', async () => {
    const first = (await get('/api/v1/procedures?pageSize=100')).json();
    const second = (await get('/api/v1/procedures?page=2&pageSize=100')).json();
    expect(first.total).toBe(918);
    expect(second.items).toHaveLength(100);
    expect(new Set([...first.items, ...second.items].map((i: { code: string }) => i.code)).size).toBe(200);
    expect(first.items[0]).toMatchObject({
      agency: { slug: expect.any(String), code: expect.stringMatching(/H49$/) },
      timeLimit: { unit: expect.stringMatching(/days|hours/) },
    });
  });

  it('finds "ho chieu" without diacritics, the passport procedure first', async () => {
    const hit = await search('ho chieu');
    expect(foldText(hit.items[0].name)).toContain('cap ho chieu pho thong');
    expect(hit.items[0].agency.slug).toBe('congan');
    // Look-alike words are not matches: every hit has the words themselves.
    for (const item of hit.items)
      expect(foldText(`${item.name} ${item.code} ${item.agency.name} ${item.field.name}`)).toContain('ho chieu');
  });

  it('"giay phep lai xe" finds the driving-licence procedures, and a typo still finds them', async () => {
    const hit = await search('giay phep lai xe');
    expect(hit.total).toBeGreaterThanOrEqual(3);
    for (const item of hit.items.slice(0, 3)) expect(foldText(item.name)).toContain('giay phep lai xe');
    const typo = await search('giay phep lai xee');
    expect(typo.items.slice(0, 3).some((i: { name: string }) => foldText(i.name).includes('giay phep lai xe'))).toBe(
      true,
    );
  });

  it('filters by agency, level and online level', async () => {
    const police = await search('', '&agency=congan&pageSize=100');
    expect(police.total).toBeGreaterThan(10);
    expect(police.items.every((i: { agency: { slug: string } }) => i.agency.slug === 'congan')).toBe(true);
    const online = (await get('/api/v1/procedures?onlineLevel=full&pageSize=100')).json();
    expect(online.items.every((i: { onlineLevel: string }) => i.onlineLevel === 'full')).toBe(true);
    const bad = await get('/api/v1/procedures?pageSize=101&level=district');
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['level', 'pageSize']);
  });

  it('merged agencies: procedures in force today belong to the successor', async () => {
    const licence = (await search('doi giay phep lai xe')).items[0];
    expect(licence.agency.slug).toBe('xaydung');
    const agencies = (await get('/api/v1/agencies')).json() as { slug: string; procedureCount: number }[];
    expect(agencies.find((a) => a.slug === 'gtvt')).toBeUndefined();
    expect(agencies.reduce((n, a) => n + a.procedureCount, 0)).toBe(918);
  });

  it('a procedure page has its documents, steps with expected days, and a checklist PDF in Vietnamese', async () => {
    const code = (await search('ho chieu')).items[0].code;
    const detail = (await get(`/api/v1/procedures/${code}`)).json();
    expect(detail.procedure.checklist.length).toBeGreaterThan(1);
    const last = detail.stepSchedule.at(-1);
    expect(last.endsAfterMinutes).toBeLessThanOrEqual(detail.procedure.timeLimit.value * 450);
    const pdf = await get(`/api/v1/procedures/${code}/checklist.pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf.rawPayload).replace(/\s+/g, ' ');
    for (const item of detail.procedure.checklist) expect(text).toContain(item.name.slice(0, 25));
    expect(text).toContain('DANH MỤC THÀNH PHẦN HỒ SƠ');
    expect((await get('/api/v1/procedures/9.999999')).statusCode).toBe(404);
  });
});

describe('procedure catalog for the admin', () => {
  const t = useTestApp({ now: () => new Date('2026-11-25T09:00:00+07:00') });
  let admin: string;
  beforeAll(async () => {
    admin = await t.login('admin');
  });
  const send = (method: 'POST' | 'PUT', url: string, payload: object, cookie = admin) =>
    t.app.inject({ method, url, payload, headers: { cookie } });

  it('an edit makes a new version from its date; the old one stays for dossiers received under it', async () => {
    const { items } = (await t.app.inject({ url: '/api/v1/procedures?q=ly%20lich%20tu%20phap' })).json();
    const current = (await t.app.inject({ url: `/api/v1/procedures/${items[0].code}` })).json().procedure;
    const { code, version, effectiveFrom: _from, effectiveTo: _to, ...content } = current;
    const revised = await send('PUT', `/api/v1/procedures/${code}`, {
      baseVersion: version,
      effectiveFrom: '2026-11-26',
      content: { ...content, name: `${content.name} (sửa đổi)` },
    });
    expect(revised.statusCode).toBe(200);
    expect(revised.json().procedure).toMatchObject({
      version: version + 1,
      effectiveFrom: '2026-11-26',
      effectiveTo: null,
    });
    const history = (
      await t.app.inject({ url: `/api/v1/procedures/${code}/versions`, headers: { cookie: admin } })
    ).json();
    expect(history[0]).toMatchObject({ version: version + 1, createdBy: { username: 'admin' } });
    expect(history[1]).toMatchObject({ version, effectiveTo: '2026-11-25' });
    // Today the old version is still the one in force.
    expect((await t.app.inject({ url: `/api/v1/procedures/${code}` })).json().procedure.version).toBe(version);
    const stale = await send('PUT', `/api/v1/procedures/${code}`, {
      baseVersion: version,
      effectiveFrom: '2026-12-01',
      content,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().type).toBe('urn:motcua:problem:catalog.version_conflict');
  });

  it('an invalid edit is refused with each bad field named, and nothing is written', async () => {
    const { items } = (await t.app.inject({ url: '/api/v1/procedures?q=giay%20phep%20xay%20dung' })).json();
    const current = (await t.app.inject({ url: `/api/v1/procedures/${items[0].code}` })).json().procedure;
    const { code, version, effectiveFrom: _from, effectiveTo: _to, ...content } = current;
    const broken = { ...content, steps: [], checklist: [{ ...content.checklist[0], count: 0 }], fieldCode: 'CA-01' };
    const res = await send('PUT', `/api/v1/procedures/${code}`, {
      baseVersion: version,
      effectiveFrom: '2026-12-01',
      content: broken,
    });
    expect(res.statusCode).toBe(400);
    const errors = res.json().errors as { path: string; message: string }[];
    expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining(['content.steps', 'content.checklist.0.count']));
    expect(errors.find((e) => e.path === 'content.steps')!.message).toBe('Thủ tục cần có ít nhất một bước xử lý');
    // Nothing written: the history has the versions it had (numbered 1…version).
    expect(
      (await t.app.inject({ url: `/api/v1/procedures/${code}/versions`, headers: { cookie: admin } })).json(),
    ).toHaveLength(current.version);
  });

  it('create, a taken code, retire, and only the admin may', async () => {
    const template = (await t.app.inject({ url: '/api/v1/procedures?q=ho%20chieu' })).json().items[0];
    const {
      code: _c,
      version: _v,
      effectiveFrom: _f,
      effectiveTo: _t,
      ...content
    } = (await t.app.inject({ url: `/api/v1/procedures/${template.code}` })).json().procedure;
    const created = await send('POST', '/api/v1/procedures', {
      code: '1.999001',
      effectiveFrom: '2026-11-01',
      content: { ...content, name: 'Thủ tục thử nghiệm' },
    });
    expect(created.statusCode).toBe(201);
    expect((await t.app.inject({ url: '/api/v1/procedures?q=thu%20tuc%20thu%20nghiem' })).json().items[0].code).toBe(
      '1.999001',
    );
    const again = await send('POST', '/api/v1/procedures', { code: '1.999001', effectiveFrom: '2026-11-25', content });
    expect(again.statusCode).toBe(409);
    const counter = await t.login('congan.counter');
    expect(
      (await send('POST', '/api/v1/procedures/1.999001/retire', { baseVersion: 1, effectiveTo: '2026-11-25' }, counter))
        .statusCode,
    ).toBe(403);
    expect(
      (await send('POST', '/api/v1/procedures/1.999001/retire', { baseVersion: 1, effectiveTo: '2026-11-24' }))
        .statusCode,
    ).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/procedures/1.999001' })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/api/v1/procedures' })).json().total).toBe(918);
  });
});
