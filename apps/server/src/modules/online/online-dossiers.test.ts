import { beforeAll, describe, expect, it } from 'vitest';
import { completeTicks } from '../../test/complete-ticks.ts';
import { makeApplicant, receiveDossier } from '../../test/dossier-builders.ts';
import { postTransition } from '../../test/dossier-walk.ts';
import { useTestApp } from '../../test/test-app.ts';
import { fillForm as fill, onlineKit } from './online-test-kit.ts';

const clock = new Date('2026-12-07T10:00:00+07:00');
const REPORT = '/api/v1/reports/resolution?from=2026-12-01&to=2026-12-31';

describe('online public services: drafts, submission, my dossiers (issue 19, DESIGN §15)', () => {
  const t = useTestApp({ now: () => clock });
  const kit = onlineKit(t);
  const { my } = kit;
  let procedure: Awaited<ReturnType<typeof kit.onlineProcedure>>;
  let mai: Awaited<ReturnType<typeof kit.citizen>>;
  let binh: Awaited<ReturnType<typeof kit.citizen>>;
  let counter: string;
  let appraiser: string;
  // The shown ones: the authorised submitter's document is asked only when someone else submits (`visibleWhen`).
  const requiredFiles = () =>
    procedure.content.formFields.filter((f) => f.type === 'file' && f.required && !f.visibleWhen);
  /** A complete submission of Mai's with fresh store documents: the answer's body. */
  async function submitted(owner = mai) {
    const docs = await Promise.all(requiredFiles().map((f) => kit.storeDocument(owner.id, f.label)));
    const res = await my.create(owner.cookie, {
      procedureCode: procedure.code,
      submit: true,
      fields: fill(procedure.content.formFields, docs),
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; code: string; status: string };
  }
  const officerView = async (id: string, cookie = counter) =>
    (await t.app.inject({ url: `/api/v1/dossiers/${id}`, headers: { cookie } })).json();

  beforeAll(async () => {
    procedure = await kit.onlineProcedure();
    mai = await kit.citizen('mai.online@example.com');
    binh = await kit.citizen('binh.online@example.com', { cccd: '022195009876' });
    counter = await t.login('congan.counter');
    appraiser = await t.login('congan.appraiser');
  });

  it('keeps a draft with no code, first in my list, invisible to anyone else and never counted', async () => {
    const director = await t.login('director');
    const before = (await t.app.inject({ url: REPORT, headers: { cookie: director } })).json();
    const res = await my.create(mai.cookie, { procedureCode: procedure.code, fields: {} });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ code: null, status: 'draft' });
    const { id } = res.json();
    const list = (await my.list(mai.cookie)).json();
    expect(list.items[0]).toMatchObject({ id, code: null, status: 'draft', actionNeeded: true, link: 'owner' });
    expect(list.items[0].procedure.name).not.toBe('');
    const view = (await my.view(mai.cookie, id)).json();
    expect(view.actions).toEqual({ edit: true, discard: true, supplement: false, withdraw: false });
    expect(view.formFields.length).toBeGreaterThan(0);
    expect((await my.view(binh.cookie, id)).statusCode).toBe(404);
    expect((await my.list(binh.cookie)).json().items.map((i: { id: string }) => i.id)).not.toContain(id);
    expect((await my.list(counter)).statusCode).toBe(403);
    expect((await t.app.inject({ url: `/api/v1/dossiers/${id}`, headers: { cookie: counter } })).statusCode).toBe(404);
    const inbox = (await t.app.inject({ url: '/api/v1/dossiers?pageSize=100', headers: { cookie: counter } })).json();
    expect(inbox.items.map((i: { id: string }) => i.id)).not.toContain(id);
    const after = (await t.app.inject({ url: REPORT, headers: { cookie: director } })).json();
    expect(after.total).toEqual(before.total);
  });

  it('refuses a submission field by field: missing, malformed, a document not of my store', async () => {
    const empty = await my.create(mai.cookie, { procedureCode: procedure.code, submit: true, fields: {} });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().type).toBe('urn:motcua:problem:online.form_invalid');
    const paths = empty.json().errors.map((e: { path: string }) => e.path);
    for (const f of procedure.content.formFields.filter((f) => f.required && !f.visibleWhen))
      expect(paths).toContain(`fields.${f.name}`);
    const binhs = await Promise.all(requiredFiles().map((f) => kit.storeDocument(binh.id, f.label)));
    const fields = { ...fill(procedure.content.formFields, binhs), cccd: '12345' };
    const bad = await my.create(mai.cookie, { procedureCode: procedure.code, submit: true, fields });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toContainEqual({ path: 'fields.cccd', message: 'Giá trị không hợp lệ' });
    expect(bad.json().errors).toContainEqual({
      path: `fields.${requiredFiles()[0]!.name}`,
      message: 'Giấy tờ không có trong kho của bạn',
    });
    const none = await kit.onlineProcedure('none');
    const offline = await my.create(mai.cookie, { procedureCode: none.code, fields: {} });
    expect(offline.json().errors).toEqual([{ path: '', message: expect.stringContaining('trực tuyến') }]);
  });

  it('submits: a code, submitted, the store documents given, a confirmation mail; the counter sees it', async () => {
    const body = await submitted();
    expect(body.code).toMatch(/-\d{6}-\d{4}$/);
    expect(body.status).toBe('submitted');
    const mails = await kit.api.mailsTo('mai.online@example.com');
    expect(mails[0]!.subject).toContain(`Hồ sơ ${body.code}: đã nộp trực tuyến`);
    const view = (await my.view(mai.cookie, body.id)).json();
    expect(view).toMatchObject({ status: 'submitted', receivedAt: null, dueAt: null, link: 'owner' });
    expect(view.documents).toHaveLength(requiredFiles().length);
    // Given at one instant: each for its field, whatever their order.
    const given = view.documents as { fromStore: boolean; fieldName: string }[];
    expect(given.every((d) => d.fromStore)).toBe(true);
    expect(given.map((d) => d.fieldName).sort()).toEqual(
      requiredFiles()
        .map((f) => f.name)
        .sort(),
    );
    expect(view.actions).toMatchObject({ edit: false, withdraw: true, supplement: false });
    const doc = await t.app.inject({
      url: `/api/v1/my/dossiers/${body.id}/documents/${view.documents[0].id}/content`,
      headers: { cookie: mai.cookie },
    });
    expect(doc.statusCode).toBe(200);
    expect(doc.body).toContain('%PDF');
    const stranger = `/api/v1/my/dossiers/${body.id}/documents/${view.documents[0].id}/content`;
    expect((await t.app.inject({ url: stranger, headers: { cookie: binh.cookie } })).statusCode).toBe(404);
    expect((await officerView(body.id)).status).toBe('submitted');
  });

  it('submits a draft under the same id, once; discards another', async () => {
    const { id } = (await my.create(mai.cookie, { procedureCode: procedure.code, fields: { note: 'x' } })).json();
    const docs = await Promise.all(requiredFiles().map((f) => kit.storeDocument(mai.id, f.label)));
    const saved = await my.put(mai.cookie, id, { fields: { note: 'y' } });
    expect(saved.json()).toEqual({ id, code: null, status: 'draft' });
    const fields = fill(procedure.content.formFields, docs);
    expect((await my.put(binh.cookie, id, { fields, submit: true })).statusCode).toBe(404);
    const sent = await my.put(mai.cookie, id, { fields, submit: true });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toMatchObject({ id, status: 'submitted' });
    expect((await my.put(mai.cookie, id, { fields, submit: true })).json().type).toBe(
      'urn:motcua:problem:online.not_draft',
    );
    expect((await my.remove(mai.cookie, id)).statusCode).toBe(409);
    const other = (await my.create(mai.cookie, { procedureCode: procedure.code, fields: {} })).json();
    expect((await my.remove(binh.cookie, other.id)).statusCode).toBe(404);
    expect((await my.remove(mai.cookie, other.id)).statusCode).toBe(204);
    expect((await my.view(mai.cookie, other.id)).statusCode).toBe(404);
  });

  it('supplements at intake under the same code; the clock starts only at reception', async () => {
    const { id, code } = await submitted();
    const asked = await postTransition(
      t,
      { id, version: 2 },
      'request_supplement_at_intake',
      { items: [{ name: 'Ảnh 4x6', reason: 'Ảnh mờ' }], note: null },
      counter,
    );
    expect(asked.statusCode, asked.body).toBe(200);
    const view = (await my.view(mai.cookie, id)).json();
    expect(view.asked).toMatchObject({ atIntake: true, items: [{ name: 'Ảnh 4x6', reason: 'Ảnh mờ' }] });
    expect(view.actions.supplement).toBe(true);
    expect(view.forms.map((f: { form: string }) => f.form)).toEqual(['supplement']);
    const pdf = await t.app.inject({ url: view.forms[0].href, headers: { cookie: mai.cookie } });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((await my.post(binh.cookie, `/api/v1/my/dossiers/${id}/supplement`, {})).statusCode).toBe(404);
    const photo = await kit.storeDocument(mai.id, 'Ảnh 4x6');
    const sent = await my.post(mai.cookie, `/api/v1/my/dossiers/${id}/supplement`, { documents: [photo] });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toMatchObject({ code, status: 'submitted', receivedAt: null, dueAt: null, asked: null });
    expect(sent.json().documents).toContainEqual(expect.objectContaining({ fromStore: true, fieldName: null }));
    expect(sent.json().documents).toHaveLength(requiredFiles().length + 1);
    expect((await kit.api.mailsTo('mai.online@example.com'))[0]!.subject).toContain('đã nhận hồ sơ bổ sung');
    const again = await my.post(mai.cookie, `/api/v1/my/dossiers/${id}/supplement`, {});
    expect(again.json().type).toBe('urn:motcua:problem:online.supplement_not_asked');
    const ticks = completeTicks(procedure.content.checklist);
    const received = await postTransition(t, { id, version: 4 }, 'receive', { ticks }, counter);
    expect(received.statusCode, received.body).toBe(200);
    const mine = (await my.view(mai.cookie, id)).json();
    expect(mine.status).toBe('received');
    expect(mine.receivedAt).toBe(clock.toISOString());
    expect(mine.dueAt).not.toBeNull();
  });

  it('supplements during appraisal: the clock resumes; withdraws another before approval', async () => {
    const { id } = await submitted();
    const ticks = completeTicks(procedure.content.checklist);
    expect((await postTransition(t, { id, version: 2 }, 'receive', { ticks }, counter)).statusCode).toBe(200);
    expect((await postTransition(t, { id, version: 3 }, 'start_appraisal', {}, appraiser)).statusCode).toBe(200);
    const items = [{ name: 'Tờ khai', reason: 'Chưa ký' }];
    const asked = await postTransition(t, { id, version: 4 }, 'request_supplement', { items, note: null }, appraiser);
    expect(asked.statusCode, asked.body).toBe(200);
    expect((await my.view(mai.cookie, id)).json()).toMatchObject({ dueAt: null, asked: { atIntake: false } });
    const file = requiredFiles()[0]!;
    const signed = await kit.storeDocument(mai.id, file.label);
    const sent = await my.post(mai.cookie, `/api/v1/my/dossiers/${id}/supplement`, { fields: { [file.name]: signed } });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().status).toBe('in_appraisal');
    expect(sent.json().dueAt).not.toBeNull();
    expect(sent.json().form.fields[file.name]).toBe(signed);

    const other = await submitted();
    const gone = await my.post(mai.cookie, `/api/v1/my/dossiers/${other.id}/withdraw`, { reason: 'Nộp nhầm' });
    expect(gone.statusCode, gone.body).toBe(200);
    expect(gone.json()).toMatchObject({ status: 'withdrawn', actions: { withdraw: false } });
  });

  it('joins counter dossiers only by a verified identity or by code and secret, one by one', async () => {
    const ofMai = await receiveDossier(t, {
      procedure: procedure.code,
      cookie: counter,
      applicant: makeApplicant({ cccd: '022195001234' }),
    });
    const ids = async (cookie: string) =>
      (await my.list(cookie, '?pageSize=100')).json().items.map((i: { id: string }) => i.id);
    expect(await ids(mai.cookie)).not.toContain(ofMai.dossier.id);
    expect((await my.view(mai.cookie, ofMai.dossier.id)).statusCode).toBe(404);
    await kit.verifyIdentity(mai.id);
    expect(await ids(mai.cookie)).toContain(ofMai.dossier.id);
    expect((await my.view(mai.cookie, ofMai.dossier.id)).json()).toMatchObject({ link: 'identity', form: null });

    const ofSomeone = await receiveDossier(t, { procedure: procedure.code, cookie: counter });
    const link = (secret: string) =>
      my.post(binh.cookie, '/api/v1/my/dossiers/link', { code: ofSomeone.dossier.code, secret });
    const wrong = await link(ofSomeone.secret === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA');
    expect(wrong.json().type).toBe('urn:motcua:problem:online.link_failed');
    const linked = await link(ofSomeone.secret!);
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json()).toMatchObject({ id: ofSomeone.dossier.id, link: 'secret' });
    expect(await ids(binh.cookie)).toContain(ofSomeone.dossier.id);
    expect(await ids(mai.cookie)).not.toContain(ofSomeone.dossier.id);
  });

  it('pages the list newest first with the whole count', async () => {
    const all = (await my.list(mai.cookie, '?pageSize=100')).json();
    const page = (await my.list(mai.cookie, '?page=2&pageSize=2')).json();
    expect(page.total).toBe(all.total);
    expect(page.items.map((i: { id: string }) => i.id)).toEqual(all.items.slice(2, 4).map((i: { id: string }) => i.id));
    const at = all.items.map((i: { at: string }) => i.at);
    expect([...at].sort().reverse()).toEqual(at);
  });
});
