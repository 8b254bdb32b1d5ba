import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app.ts';
import { orgClient, problemOf } from '../center/org-test-client.ts';

const BRANCH = '000.30.01.H49';
/** A morning-only branch from Tuesday 2026-12-01; until then DESIGN §5's 07:30–11:30, 13:30–17:00. */
const MORNINGS = { sessions: [{ start: '07:00', end: '11:00' }] };
const due = (start: string, center?: string) =>
  `/api/v1/calendar/due?start=${encodeURIComponent(start)}&workingDays=1${center ? `&center=${center}` : ''}`;

/** DESIGN §13: each center keeps its own office hours, each from a date; a deadline counts the hours of its day. */
describe('GET /calendar/due at a center, with the hours in force on the start day', () => {
  const t = useTestApp({ now: () => new Date('2026-11-25T09:00:00+07:00') });
  const { send, anonymous } = orgClient(t);

  it('counts the branch’s new hours from their first day, the old ones before, the province’s unchanged', async () => {
    const branch = (await anonymous('GET', '/api/v1/centers')).json().find((c: { code: string }) => c.code === BRANCH);
    const before = (await anonymous('GET', due('2026-12-01T07:00:00+07:00', BRANCH))).json();
    expect(before).toEqual({ due: '2026-12-01T10:00:00.000Z' }); // 17:00: the default hours
    const patched = await send('PATCH', `/api/v1/centers/${branch.id}`, {
      officeHours: MORNINGS,
      officeHoursFrom: '2026-12-01',
    });
    expect(patched.statusCode, patched.body).toBe(200);
    // Monday 30/11 keeps the old hours: one working day from 07:00 ends at 17:00 (10:00 UTC).
    expect((await anonymous('GET', due('2026-11-30T07:00:00+07:00', BRANCH))).json()).toEqual({
      due: '2026-11-30T10:00:00.000Z',
    });
    // From Tuesday 1/12 a working day is the morning: it ends at 11:00 (04:00 UTC).
    expect((await anonymous('GET', due('2026-12-01T07:00:00+07:00', BRANCH))).json()).toEqual({
      due: '2026-12-01T04:00:00.000Z',
    });
    // The province center's hours are its own.
    for (const center of [undefined, 'H49'])
      expect((await anonymous('GET', due('2026-12-01T07:00:00+07:00', center))).json()).toEqual({
        due: '2026-12-01T10:00:00.000Z',
      });
  });

  it('answers 404 with a problem for an unknown center', async () => {
    const res = await anonymous('GET', due('2026-12-01T07:00:00+07:00', '000.99.99.H49'));
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(problemOf(res)).toMatch(/not_found$/);
  });
});
