import { CULTURE_DAY_RULE as CULTURE_DAY } from '@motcua/core';
import { describe, expect, it } from 'vitest';
import { shipCalendar } from '../../db/shipped-calendar.ts';
import { useTestApp } from '../../test/test-app.ts';

describe('holiday rules as data (DESIGN §5)', () => {
  const t = useTestApp();
  const day = async (date: string) =>
    (await t.app.inject({ url: `/api/v1/calendar/days?from=${date}&to=${date}` })).json()[0];
  const put = (url: string, payload: object, cookie: string) =>
    t.app.inject({ method: 'PUT', url, payload, headers: { cookie } });

  it('lists the shipped rules; 24 November is not among them, so 24/11/2026 is worked', async () => {
    const res = await t.app.inject({ url: '/api/v1/calendar/holiday-rules' });
    expect(res.statusCode).toBe(200);
    const ids = res.json().map((e: { rule: { id: string }; edited: boolean }) => e.rule.id);
    expect(ids).toContain('tet-5-days');
    expect(ids).not.toContain('culture-day');
    expect(res.json().every((e: { edited: boolean }) => !e.edited)).toBe(true);
    expect(await day('2026-11-24')).toMatchObject({ working: true, holiday: null });
  });

  it('the admin adds 24/11 from 2026: the day is off at once, audited, and kept over a restart', async () => {
    const admin = await t.login('admin');
    const url = '/api/v1/calendar/holiday-rules/culture-day';
    expect((await put(url, CULTURE_DAY, await t.login('congan.counter'))).statusCode).toBe(403);
    expect((await put(url, { ...CULTURE_DAY, to: '2025-12-31' }, admin)).json().errors).toEqual([
      { path: 'to', message: 'Ngày hết hiệu lực phải không trước ngày bắt đầu' },
    ]);
    expect((await put('/api/v1/calendar/holiday-rules/other', CULTURE_DAY, admin)).statusCode).toBe(400);
    const saved = await put(url, CULTURE_DAY, admin);
    expect(saved.statusCode).toBe(200);

    expect(await day('2026-11-24')).toMatchObject({ working: false, holiday: 'Ngày Văn hóa Việt Nam' });
    expect(await day('2025-11-24')).toMatchObject({ working: true, holiday: null });
    const audit = await t.app.inject({ url: '/api/v1/calendar/audit?page=1&pageSize=1', headers: { cookie: admin } });
    expect(audit.json().items[0]).toMatchObject({
      action: 'rule.created',
      subject: 'culture-day',
      user: { username: 'admin' },
      after: { month: 11, day: 24 },
    });

    expect(await shipCalendar(t.database.db, new Date())).toBe(0); // the start-up of the next release
    expect(await day('2026-11-24')).toMatchObject({ working: false, holiday: 'Ngày Văn hóa Việt Nam' });
    const listed = (await t.app.inject({ url: '/api/v1/calendar/holiday-rules' })).json();
    expect(listed.find((e: { rule: { id: string } }) => e.rule.id === 'culture-day')).toMatchObject({ edited: true });
  });

  it('a shipped rule or notice the admin edited is not overwritten at start', async () => {
    const admin = await t.login('admin');
    const rules = (await t.app.inject({ url: '/api/v1/calendar/holiday-rules' })).json();
    const victory = rules.find((e: { rule: { id: string } }) => e.rule.id === 'victory').rule;
    // Ending a rule is editing its `to`: 30 April stops being a holiday after 2029 in this test.
    expect(
      (await put('/api/v1/calendar/holiday-rules/victory', { ...victory, to: '2029-12-31' }, admin)).statusCode,
    ).toBe(200);
    const year = (await t.app.inject({ url: '/api/v1/calendar/years/2026' })).json();
    const edited = {
      ...year.notice,
      daysOff: year.notice.daysOff.filter((d: { date: string }) => d.date !== '2026-01-02'),
    };
    expect((await put('/api/v1/calendar/notices/2026', edited, admin)).statusCode).toBe(200);

    expect(await shipCalendar(t.database.db, new Date())).toBe(0);
    expect(await day('2030-04-30')).toMatchObject({ working: true, holiday: null });
    expect(await day('2029-04-30')).toMatchObject({ working: false });
    expect(await day('2026-01-02')).toMatchObject({ working: true, holiday: null });
  });
});
