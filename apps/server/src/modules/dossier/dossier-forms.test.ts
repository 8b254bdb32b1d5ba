import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { appUser } from '../../db/schema/index.ts';
import { getProcedure, makeApplicant, postCommand, type ProcedureInForce } from '../../test/dossier-builders.ts';
import { completeTicks } from '../../test/complete-ticks.ts';
import { officersOf, walkTo } from '../../test/dossier-walk.ts';
import { pdfQrCodes, pdfWords, type PageWord } from '../../test/pdf-layout.ts';
import { pdfText } from '../../test/pdf-text.ts';
import { useTestApp } from '../../test/test-app.ts';

const NOW = new Date('2026-11-25T09:00:00+07:00');
const APPLICANT = makeApplicant({ fullName: 'Trần Thị Bích Ngọc', cccd: '022195012345', phone: '0912 345 678' });
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('the forms a dossier prints, from a server listening on a port of its own choosing', () => {
  const t = useTestApp({ now: () => NOW });
  const cookies: Record<string, string> = {};
  let passport: ProcedureInForce;
  let origin: string;
  const nameOf = async (username: string) =>
    (await t.database.db.select({ n: appUser.fullName }).from(appUser).where(eq(appUser.username, username)))[0]!.n;
  const pdf = async (url: string, username: string) =>
    (await t.app.inject({ url, headers: { cookie: cookies[username]! } })).rawPayload;

  beforeAll(async () => {
    // Without MOTCUA_PUBLIC_URL the QR names the server's own address, whatever port it was given.
    origin = await t.app.listen({ port: 0, host: '127.0.0.1' });
    for (const u of ['congan.counter', 'congan.appraiser', 'congan.approver', 'director'])
      cookies[u] = await t.login(u);
    passport = await getProcedure(t, 'cap ho chieu');
    const counters = (
      await t.app.inject({ url: '/api/v1/counters', headers: { cookie: cookies['congan.counter']! } })
    ).json().items;
    await t.app.inject({
      method: 'POST',
      payload: {},
      url: `/api/v1/counters/${counters[0].id}/session`,
      headers: { cookie: cookies['congan.counter']! },
    });
  });

  const receive = async () => {
    const res = await postCommand(
      t,
      '/api/v1/dossiers',
      {
        procedureCode: passport.code,
        applicant: APPLICANT,
        ticks: completeTicks(passport.checklist),
        resultDelivery: 'counter',
        feePayment: { receiptNumber: 'BL-2026-0042', amount: 200_000 },
      },
      cookies['congan.counter'],
    );
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { dossier: { id: string; code: string; version: number; status: string }; secret: string };
  };

  it('the receipt’s QR is the look-up address on this server, with the code and the secret', async () => {
    const { dossier, secret } = await receive();
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const bytes = await pdf(`/api/v1/dossiers/${dossier.id}/forms/receipt.pdf?secret=${secret}`, 'congan.counter');
    const expected = `${origin}/tra-cuu?code=${encodeURIComponent(dossier.code)}&secret=${secret}`;
    expect(pdfQrCodes(bytes).map((c) => c?.text)).toEqual([expected, expected]);
    // And a reprint, without the secret, carries the code alone.
    const reprint = await pdf(`/api/v1/dossiers/${dossier.id}/forms/receipt.pdf`, 'congan.counter');
    expect(pdfQrCodes(reprint)[0]?.text).toBe(dossier.code);
  });

  it('the applicant’s copy prints the CCCD in full, the fee, its receipt number and the counter', async () => {
    const { dossier, secret } = await receive();
    const text = flat(
      pdfText(await pdf(`/api/v1/dossiers/${dossier.id}/forms/receipt.pdf?secret=${secret}`, 'congan.counter')),
    );
    for (const phrase of [
      'Số định danh cá nhân (CCCD): 022195012345',
      'Số điện thoại: 0912345678',
      'Phí, lệ phí đã nộp: 200.000 đồng, biên lai số BL-2026-0042',
      'Nơi tiếp nhận: Quầy số 1',
      await nameOf('congan.counter'),
    ])
      expect(text).toContain(phrase);
  });

  it('a later reprint follows DESIGN §14: in full for the agency, masked for the director', async () => {
    const { dossier } = await receive();
    const url = `/api/v1/dossiers/${dossier.id}/forms/receipt.pdf`;
    expect(flat(pdfText(await pdf(url, 'congan.counter')))).toContain('(CCCD): 022195012345');
    const director = flat(pdfText(await pdf(url, 'director')));
    expect(director).toContain('(CCCD): 022*******45');
    expect(director).toContain('Số điện thoại: *******678');
    expect(director).not.toContain('022195012345');
  });

  it('the control sheet names who handed the dossier over and who received it at each step', async () => {
    const { dossier } = await receive();
    await walkTo(t, dossier, 'returned', officersOf(cookies, 'congan'));
    const bytes = await pdf(`/api/v1/dossiers/${dossier.id}/forms/control-sheet.pdf`, 'congan.approver');
    const [counter, appraiser, approver] = await Promise.all(
      ['congan.counter', 'congan.appraiser', 'congan.approver'].map(nameOf),
    );
    // Reception: the counter gives, the appraiser who starts the appraisal receives; on to the approver, back to the
    // counter with the result, and to the applicant.
    expect(signatures(pdfWords(bytes))).toEqual([
      [counter, appraiser],
      [appraiser, approver],
      [approver, counter],
      [counter, 'Trần Thị Bích Ngọc'],
    ]);
    expect(flat(pdfText(bytes))).not.toContain('5. Giao:'); // returned: no rows left to fill in
  });
});

/** The names in the giver and receiver columns of each numbered row (control-sheet-pdf.ts: 38–54% and 54–70%). */
function signatures(words: PageWord[]): [string, string][] {
  const x = (fraction: number) => 60 + fraction * (595.28 - 110);
  const starts = words.filter((w) => /^\d\.$/.test(w.text) && w.x0 < x(0.05)).map((w) => w.y0);
  const cell = (top: number, bottom: number, from: number, to: number) =>
    words
      .filter((w) => w.y0 >= top && w.y0 < bottom && w.x0 >= x(from) && w.x1 <= x(to))
      .map((w) => w.text)
      .join(' ');
  return starts.map((top, i) => {
    const bottom = starts[i + 1] ?? Infinity;
    return [cell(top, bottom, 0.38, 0.54), cell(top, bottom, 0.54, 0.7)];
  });
}
