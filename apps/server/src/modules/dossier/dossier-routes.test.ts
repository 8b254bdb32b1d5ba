import { randomUUID } from 'node:crypto';
import { asc, count, eq, like } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { dossierEvent, outbox } from '../../db/schema/index.ts';
import { useTestApp } from '../../test/test-app.ts';
import { pdfText } from '../../test/pdf-text.ts';
import { completeTicks } from '../../test/complete-ticks.ts';
import {
  getProcedure,
  makeApplicant,
  postCommand,
  postReception,
  type ProcedureInForce,
} from '../../test/dossier-builders.ts';
import { postTransition } from '../../test/dossier-walk.ts';

const NOW = new Date('2026-11-25T09:00:00+07:00'); // a Wednesday
// Read back on the receipt, in the lookup (last four digits, no CCCD) and by the outbox.
const APPLICANT = makeApplicant({
  fullName: 'Trần Thị Bích Ngọc',
  cccd: '022195012345',
  phone: '0912 345 678',
  email: 'ngoc@example.vn',
});
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('a dossier at the center (DESIGN §6)', () => {
  const t = useTestApp({ now: () => NOW });
  let counter: string;
  let appraiser: string;
  let approver: string;
  let passport: ProcedureInForce;
  beforeAll(async () => {
    const [c, a, p] = await Promise.all(
      ['congan.counter', 'congan.appraiser', 'congan.approver'].map((u) => t.login(u)),
    );
    [counter, appraiser, approver] = [c!, a!, p!];
    passport = await getProcedure(t, 'cap ho chieu');
  });

  const fullTicks = () => completeTicks(passport.checklist);
  const receive = (ticks = fullTicks()) =>
    postReception(t, { procedure: passport, applicant: APPLICANT, ticks, cookie: counter });

  it('a complete dossier is received with its code, secret and due moment; the receipt is in Vietnamese', async () => {
    const res = await receive();
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.outcome).toBe('received');
    expect(body.dossier.code).toMatch(/^000\.00\.01\.H49-261125-\d{4}$/);
    expect(body.secret).toMatch(/^[A-Z2-9]{6}$/);
    expect(body.dossier).toMatchObject({
      status: 'received',
      version: 2,
      applicant: { fullName: 'Trần Thị Bích Ngọc', phone: '0912345678' },
    });
    expect(Date.parse(body.dossier.dueAt)).toBeGreaterThan(NOW.getTime());
    const pdf = await t.app.inject({
      url: `/api/v1/dossiers/${body.dossier.id}/forms/receipt.pdf?secret=${body.secret}`,
      headers: { cookie: counter },
    });
    const text = flat(pdfText(pdf.rawPayload));
    for (const phrase of ['Trần Thị Bích Ngọc', body.dossier.code, body.secret, 'GIẤY TIẾP NHẬN HỒ SƠ'])
      expect(text).toContain(phrase);
    const reprint = flat(
      pdfText(
        (
          await t.app.inject({
            url: `/api/v1/dossiers/${body.dossier.id}/forms/receipt.pdf`,
            headers: { cookie: counter },
          })
        ).rawPayload,
      ),
    );
    expect(reprint).not.toContain(body.secret);
  });

  it('an incomplete dossier gets form 02 listing exactly what is missing, never a receipt', async () => {
    const ticks = fullTicks().map((t, i) => (i === 0 ? { ...t, provided: 0 } : t));
    const body = (await receive(ticks)).json();
    expect(body.outcome).toBe('supplement_requested');
    expect(body.secret).toBeNull();
    expect(body.missing).toHaveLength(1);
    expect(body.dossier.status).toBe('awaiting_supplement');
  });

  it('the citizen looks the dossier up with the secret or the phone; wrong secrets are refused', async () => {
    const { dossier, secret } = (await receive()).json();
    const ok = await t.app.inject({ url: `/api/v1/lookup?code=${dossier.code}&secret=${secret}` });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ code: dossier.code, status: 'received' });
    expect(ok.json().applicantName).not.toContain('Bích Ngọc');
    expect(ok.body).not.toContain('022195012345');
    expect((await t.app.inject({ url: `/api/v1/lookup?code=${dossier.code}&phoneLast4=5678` })).statusCode).toBe(200);
    const wrong = await t.app.inject({ url: `/api/v1/lookup?code=${dossier.code}&secret=AAAAAA` });
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json().type).toBe('urn:motcua:problem:dossier.lookup_failed');
  });

  it('officers of another agency do not see it', async () => {
    const { dossier } = (await receive()).json();
    const other = await t.login('tuphap.appraiser');
    expect((await t.app.inject({ url: `/api/v1/dossiers/${dossier.id}`, headers: { cookie: other } })).statusCode).toBe(
      404,
    );
    const list = (await t.app.inject({ url: '/api/v1/dossiers', headers: { cookie: other } })).json();
    expect(list.total).toBe(0);
  });

  it('50 concurrent transitions on one version: exactly one wins, 49 get 409', async () => {
    const { dossier } = (await receive()).json();
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => postTransition(t, dossier, 'start_appraisal', {}, appraiser)),
    );
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    expect(answers.find((a) => a.statusCode === 409)!.json().type).toBe('urn:motcua:problem:dossier.version_conflict');
  });

  it('50 repeats with one Idempotency-Key: 50 identical answers and one event', async () => {
    const { dossier } = (await receive()).json();
    const key = randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => postTransition(t, dossier, 'start_appraisal', {}, appraiser, key)),
    );
    expect(answers.every((a) => a.statusCode === 200)).toBe(true);
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    const [events] = await t.database.db
      .select({ n: count() })
      .from(dossierEvent)
      .where(eq(dossierEvent.dossierId, dossier.id));
    expect(events!.n).toBe(3); // open, receive, start_appraisal
    const reused = await postTransition(
      t,
      { id: dossier.id, version: dossier.version + 1 },
      'request_supplement',
      { items: [{ name: 'Ảnh', reason: 'Mờ' }] },
      appraiser,
      key,
    );
    expect(reused.statusCode).toBe(422);
    expect((await postCommand(t, '/api/v1/dossiers', {}, counter, '')).statusCode).toBe(400);
  });

  it('walks from reception through supplement, approval and return; the control sheet lists each hand-over', async () => {
    const { dossier } = (await receive()).json();
    let v = dossier.version;
    const go = async (transition: string, payload: object, cookie: string) => {
      const res = await postTransition(t, { id: dossier.id, version: v }, transition, payload, cookie);
      expect(res.statusCode, `${transition}: ${res.body}`).toBe(200);
      v = res.json().version;
      return res.json();
    };
    await go('start_appraisal', {}, appraiser);
    const paused = await go(
      'request_supplement',
      { items: [{ name: 'Ảnh chân dung 4x6', reason: 'Ảnh không đúng quy cách' }] },
      appraiser,
    );
    expect(paused.status).toBe('awaiting_supplement');
    const form02 = flat(
      pdfText(
        (
          await t.app.inject({
            url: `/api/v1/dossiers/${dossier.id}/forms/supplement.pdf`,
            headers: { cookie: counter },
          })
        ).rawPayload,
      ),
    );
    for (const phrase of [
      'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
      'Trần Thị Bích Ngọc',
      'Ảnh chân dung 4x6: Ảnh không đúng quy cách',
      dossier.code,
    ])
      expect(form02).toContain(phrase);
    expect(
      (await t.app.inject({ url: `/api/v1/dossiers/${dossier.id}/forms/stop.pdf`, headers: { cookie: counter } }))
        .statusCode,
    ).toBe(404);
    await go('record_supplement', {}, counter);
    await go('propose_approval', { proposal: 'approve', summary: 'Đủ điều kiện cấp hộ chiếu' }, appraiser);
    await go('approve', { resultNumber: 'HC-2026-0001' }, approver);
    await go('prepare_result', {}, counter);
    const returned = await go('return_result', { delivery: 'counter' }, counter);
    expect(returned.status).toBe('returned');
    expect(returned.timeline.length).toBeGreaterThanOrEqual(8);
    const sheet = flat(
      pdfText(
        (
          await t.app.inject({
            url: `/api/v1/dossiers/${dossier.id}/forms/control-sheet.pdf`,
            headers: { cookie: approver },
          })
        ).rawPayload,
      ),
    );
    for (const phrase of [
      'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
      'Trần Thị Bích Ngọc',
      dossier.code,
      'Tổ chức, cá nhân',
    ])
      expect(sheet).toContain(phrase);
    // The applicant was written to on reception, on the supplement request and when the result was ready.
    const mails = await t.database.db
      .select({ payload: outbox.payload })
      .from(outbox)
      .where(like(outbox.dedupeKey, `dossier:${dossier.id}:%`))
      .orderBy(asc(outbox.id));
    expect(mails.map((m) => (m.payload as { subject: string }).subject.split(': ')[1])).toEqual([
      'đã tiếp nhận',
      'cần bổ sung, hoàn thiện',
      'đã có kết quả',
    ]);
    expect(mails.every((m) => (m.payload as { to: string }).to === 'ngoc@example.vn')).toBe(true);
  });
});
