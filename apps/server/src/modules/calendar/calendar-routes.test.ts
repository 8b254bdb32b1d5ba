import { createWorkingCalendar } from '@motcua/core';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app.ts';

describe('calendar endpoints (DESIGN §11)', () => {
  const t = useTestApp();
  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });

  it.each([2023, 2024, 2025, 2026])(
    'GET /calendar/days answers the shipped rules and notice of %i, day by day (core checks them against the notices)',
    async (year) => {
      const res = await get(`/api/v1/calendar/days?from=${year}-01-01&to=${year}-12-31`);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual(createWorkingCalendar().days(`${year}-01-01`, `${year}-12-31`));
    },
  );

  it('GET /calendar/days names the days of the notices', async () => {
    const days = (await get('/api/v1/calendar/days?from=2025-01-29&to=2025-04-26')).json();
    expect(days[0]).toMatchObject({ working: false, holiday: 'Tết Nguyên đán', lunar: { day: 1, month: 1 } });
    expect(days.at(-1)).toMatchObject({ date: '2025-04-26', working: true, holiday: null }); // swapped with Fri 2/5
  });

  it('GET /calendar/due counts working time at the province center', async () => {
    const start = encodeURIComponent('2025-03-10T14:00:00+07:00');
    const res = await get(`/api/v1/calendar/due?start=${start}&workingDays=5`);
    expect(res.json()).toEqual({ due: '2025-03-17T07:00:00.000Z' });
    const late = await get(
      `/api/v1/calendar/due?start=${encodeURIComponent('2025-03-10T15:30:00+07:00')}&workingDays=1&cutoff=15:00`,
    );
    // After the 15:00 cut-off the count starts Tuesday 07:30: one working day ends Tuesday 17:00 (DESIGN §5).
    expect(late.json()).toEqual({ due: '2025-03-11T10:00:00.000Z' });
  });

  it('bad queries get 400 problems with field errors in the request language', async () => {
    const reversed = await get('/api/v1/calendar/days?from=2025-02-01&to=2025-01-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().errors).toEqual([{ path: 'to', message: 'Ngày kết thúc phải không trước ngày bắt đầu' }]);
    const tooLong = await get('/api/v1/calendar/days?from=2025-01-01&to=2026-03-01', { 'accept-language': 'en' });
    expect(tooLong.json().errors).toEqual([{ path: 'to', message: 'At most 400 days at a time' }]);
    const noStart = await get('/api/v1/calendar/due?start=monday&workingDays=0');
    expect(
      noStart
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['start', 'workingDays']);
    const outOfRange = await get('/api/v1/calendar/days?from=2100-12-30&to=2101-01-02');
    expect(outOfRange.statusCode).toBe(400);
    expect(outOfRange.json().type).toBe('urn:motcua:problem:calendar.date_out_of_range');
  });

  it('the admin enters a notice: the days change for everyone, the change is audited, others may not', async () => {
    const admin = await t.login('admin');
    const year = (await get('/api/v1/calendar/years/2027')).json();
    expect(year.notice).toBeNull();
    expect(year.effective.daysOff.length).toBeGreaterThan(5);
    const before = (await get('/api/v1/calendar/days?from=2027-03-13&to=2027-03-13')).json();
    expect(before[0].working).toBe(false);

    const notice = { ...year.effective, reference: 'Thông báo số 1/TB-BNV', saturdaysWorked: ['2027-03-13'] };
    const counter = await t.login('congan.counter');
    const refused = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/calendar/notices/2027',
      payload: notice,
      headers: { cookie: counter },
    });
    expect(refused.statusCode).toBe(403);
    const saved = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/calendar/notices/2027',
      payload: notice,
      headers: { cookie: admin },
    });
    expect(saved.statusCode).toBe(200);

    const after = (await get('/api/v1/calendar/days?from=2027-03-13&to=2027-03-13')).json();
    expect(after[0].working).toBe(true);
    expect((await get('/api/v1/calendar/years/2027')).json().notice.reference).toBe('Thông báo số 1/TB-BNV');
    const audit = (await get('/api/v1/calendar/audit?page=1&pageSize=5', { cookie: admin })).json();
    expect(audit.items[0]).toMatchObject({
      action: 'notice.created',
      subject: '2027',
      user: { username: 'admin' },
      after: { saturdaysWorked: ['2027-03-13'] },
    });

    const removed = await t.app.inject({
      method: 'DELETE',
      payload: {},
      url: '/api/v1/calendar/notices/2027',
      headers: { cookie: admin },
    });
    expect(removed.statusCode).toBe(204);
    expect((await get('/api/v1/calendar/days?from=2027-03-13&to=2027-03-13')).json()[0].working).toBe(false);
    expect(
      (
        await t.app.inject({
          method: 'DELETE',
          payload: {},
          url: '/api/v1/calendar/notices/2027',
          headers: { cookie: admin },
        })
      ).statusCode,
    ).toBe(404);
  });

  it('an invalid notice is refused whole, with each bad field named', async () => {
    const admin = await t.login('admin');
    const bad = {
      year: 2028,
      reference: 'x',
      daysOff: [{ date: '2028-02-30', name: 'Tết' }],
      saturdaysWorked: ['2028-03-13'],
    };
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/calendar/notices/2028',
      payload: bad,
      headers: { cookie: admin },
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toContain('daysOff.0.date');
    expect(paths).toContain('saturdaysWorked.0');
    expect((await get('/api/v1/calendar/years/2028')).json().notice).toBeNull();
    const mismatch = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/calendar/notices/2029',
      payload: { ...bad, daysOff: [], saturdaysWorked: [] },
      headers: { cookie: admin },
    });
    expect(mismatch.json().errors).toEqual([{ path: 'year', message: 'Năm của thông báo khác năm trên địa chỉ' }]);
  });

  it('office hours: public to read, the admin edits them and due moments follow', async () => {
    expect((await get('/api/v1/calendar/office-hours')).json().sessions).toEqual([
      { start: '07:30', end: '11:30' },
      { start: '13:30', end: '17:00' },
    ]);
    const admin = await t.login('admin');
    const hours = {
      ...(await get('/api/v1/calendar/office-hours')).json(),
      sessions: [
        { start: '08:00', end: '12:00' },
        { start: '13:00', end: '17:00' },
      ],
    };
    const saved = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/calendar/office-hours',
      payload: hours,
      headers: { cookie: admin },
    });
    expect(saved.statusCode).toBe(200);
    const due = await get(
      `/api/v1/calendar/due?start=${encodeURIComponent('2025-03-10T07:00:00+07:00')}&workingDays=1`,
    );
    expect(due.json()).toEqual({ due: '2025-03-10T10:00:00.000Z' }); // 17:00 the same day: counting starts at 08:00
  });
});
