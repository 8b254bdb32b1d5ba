import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DossierView } from '@motcua/core';
import { dossierEvent } from '../../db/schema/index.ts';
import { completeTicks } from '../../test/complete-ticks.ts';
import { getProcedure, postCommand, receiveDossier, type ProcedureInForce } from '../../test/dossier-builders.ts';
import { postTransition } from '../../test/dossier-walk.ts';
import { pdfText } from '../../test/pdf-text.ts';
import { useTestApp } from '../../test/test-app.ts';

const NOW = new Date('2026-11-25T09:00:00+07:00');

const t = useTestApp({ now: () => NOW });

describe('the look-up secret is never lost (DESIGN §6: printed on the receipt only)', () => {
  let counter: string;
  let appraiser: string;
  let passport: ProcedureInForce;
  let received: DossierView & { secret?: string };
  beforeAll(async () => {
    [counter, appraiser] = (await Promise.all(['congan.counter', 'congan.appraiser'].map((u) => t.login(u)))) as [
      string,
      string,
    ];
    passport = await getProcedure(t, 'cap ho chieu');
  });
  const lookup = (code: string, secret: string) =>
    t.app.inject({ url: `/api/v1/lookup?code=${code}&secret=${secret}` });
  const reissue = (d: { id: string; version: number }, cookie: string, key = randomUUID()) =>
    postCommand(t, `/api/v1/dossiers/${d.id}/secret`, { version: d.version }, cookie, key);

  it('an incomplete dossier received later from its page answers its new secret once, and the receipt prints it', async () => {
    const ticks = completeTicks(passport.checklist).map((tick, i) => (i === 0 ? { ...tick, provided: 0 } : tick));
    const intake = await receiveDossier(t, { procedure: passport, cookie: counter, ticks });
    expect(intake.secret).toBeNull();
    // Form 02 was issued: the page offers it, and the checklist names what a request may ask for.
    expect(intake.dossier.printableForms).toEqual(['supplement']);
    expect(intake.dossier.checklist.length).toBe(passport.checklist.length);
    const back = (await postTransition(t, intake.dossier, 'resubmit', {}, counter)).json();
    expect(back).not.toHaveProperty('secret');
    const res = await postTransition(t, back, 'receive', { ticks: completeTicks(passport.checklist) }, counter);
    expect(res.statusCode, res.body).toBe(200);
    received = res.json();
    expect(received.status).toBe('received');
    expect(received.secret).toMatch(/^[A-Z2-9]{6}$/);
    expect((await lookup(received.code, received.secret!)).statusCode).toBe(200);
    const receipt = await t.app.inject({
      url: `/api/v1/dossiers/${received.id}/forms/receipt.pdf?secret=${received.secret}`,
      headers: { cookie: counter },
    });
    expect(pdfText(receipt.rawPayload)).toContain(received.secret);
    // Shown once: reading the dossier again never gives it.
    const again = await t.app.inject({ url: `/api/v1/dossiers/${received.id}`, headers: { cookie: counter } });
    expect(again.json()).not.toHaveProperty('secret');
  });

  it('the counter reissues it: the old one stops working, the event says who and when, never the secret', async () => {
    expect((await reissue(received, appraiser)).statusCode).toBe(403);
    expect((await reissue({ ...received, version: received.version - 1 }, counter)).statusCode).toBe(409);
    const key = randomUUID();
    const first = await reissue(received, counter, key);
    expect(first.statusCode, first.body).toBe(200);
    const { secret, dossier } = first.json();
    expect(secret).toMatch(/^[A-Z2-9]{6}$/);
    expect(dossier).toMatchObject({ id: received.id, version: received.version + 1, status: 'received' });
    expect(dossier.timeline.at(-1)).toMatchObject({
      transition: 'reissue_secret',
      actor: { fullName: expect.any(String) },
    });
    // A repeat with the same key answers the same secret and writes nothing.
    expect((await reissue(received, counter, key)).json().secret).toBe(secret);
    const events = await t.database.db
      .select({ actorId: dossierEvent.actorId, payload: dossierEvent.payload })
      .from(dossierEvent)
      .where(and(eq(dossierEvent.dossierId, received.id), eq(dossierEvent.type, 'reissue_secret')));
    expect(events).toHaveLength(1);
    expect(events[0]!.payload).toEqual({});
    expect(JSON.stringify(events)).not.toContain(secret);
    expect((await lookup(received.code, received.secret!)).statusCode).toBe(404);
    const found = await lookup(received.code, secret);
    expect(found.statusCode).toBe(200);
    // The citizen's timeline does not show the counter's housekeeping.
    expect(found.body).not.toContain('reissue_secret');
  });
});

describe('the approver attaches the result; handing it over takes it by default', () => {
  it('keeps the document with the decision and in the prepare_result event', async () => {
    const cookies = await Promise.all(['congan.counter', 'congan.appraiser', 'congan.approver'].map((u) => t.login(u)));
    const [counter, appraiser, approver] = cookies as [string, string, string];
    const { dossier } = await receiveDossier(t, { procedure: 'cap ho chieu', cookie: counter });
    let current: DossierView = dossier;
    const step = async (transition: string, payload: object, cookie: string) => {
      const res = await postTransition(t, current, transition, payload, cookie);
      expect(res.statusCode, `${transition}: ${res.body}`).toBe(200);
      current = res.json();
    };
    await step('start_appraisal', {}, appraiser);
    await step('propose_approval', { proposal: 'approve', summary: 'Đủ điều kiện' }, appraiser);
    await step('approve', { resultNumber: 'HC-2026-0002', resultDocumentId: 'result-doc-1' }, approver);
    expect(current.decision).toMatchObject({ resultNumber: 'HC-2026-0002', resultDocumentId: 'result-doc-1' });
    await step('prepare_result', {}, counter);
    const [prepared] = await t.database.db
      .select({ payload: dossierEvent.payload })
      .from(dossierEvent)
      .where(and(eq(dossierEvent.dossierId, dossier.id), eq(dossierEvent.type, 'prepare_result')));
    expect(prepared!.payload).toEqual({ resultDocumentId: 'result-doc-1' });
  });
});
