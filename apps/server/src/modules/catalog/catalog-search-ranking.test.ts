import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app.ts';
import { receiveDossier, type ProcedureInForce } from '../../test/dossier-builders.ts';

type Item = { code: string; name: string; agency: { slug: string } };

/** Issue 14: a whole phrase first, then scattered words, and at an equal match the procedure people come for. */
describe('catalog search ranking (issue 14)', () => {
  const t = useTestApp({ now: () => new Date('2026-11-25T09:00:00+07:00') });
  const names = async (q: string) =>
    ((await t.app.inject({ url: `/api/v1/procedures?q=${encodeURIComponent(q)}` })).json().items as Item[]).map(
      (i) => i.name,
    );
  const HOUSE = 'Cấp giấy phép xây dựng đối với nhà ở riêng lẻ';
  const RAILWAY_ADJUST = 'Điều chỉnh giấy phép xây dựng đường ngang';

  // Dossiers are received before the first search: the volumes are counted once a day.
  beforeAll(async () => {
    const listed = await t.app.inject({ url: '/api/v1/procedures?agency=xaydung&pageSize=100' });
    const byName = new Map((listed.json().items as Item[]).map((i) => [i.name, i]));
    const cookie = await t.login('xaydung.counter');
    const receive = async (name: string, times: number) => {
      const item = byName.get(name);
      if (!item) throw new Error(`not in the demo catalog: ${name}`);
      const procedure: ProcedureInForce = (await t.app.inject({ url: `/api/v1/procedures/${item.code}` })).json()
        .procedure;
      for (let i = 0; i < times; i++) await receiveDossier(t, { procedure, cookie });
    };
    await receive(HOUSE, 2);
    await receive(RAILWAY_ADJUST, 1);
  });

  it('"giay phep xay dung": the house permit people come for, above the shorter railway-crossing permits', async () => {
    const hits = await names('giay phep xay dung');
    expect(hits.slice(0, 2)).toEqual([HOUSE, RAILWAY_ADJUST]);
  });

  it('volume breaks a tie between names that hold the phrase alike; without volume, the shorter name', async () => {
    expect(await names('giay phep xay dung duong ngang')).toEqual([
      RAILWAY_ADJUST,
      'Cấp giấy phép xây dựng đường ngang',
      'Gia hạn giấy phép xây dựng đường ngang',
      'Cấp lại giấy phép xây dựng đường ngang',
    ]);
  });

  it.each([
    ['ho chieu', 'Cấp hộ chiếu phổ thông ở trong nước'],
    ['ly lich tu phap', 'Cấp phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam'],
  ])('"%s" lists first what a counter officer would name: %s', async (q, first) => {
    expect((await names(q))[0]).toBe(first);
  });
});
