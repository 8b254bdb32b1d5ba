import { randomUUID } from 'node:crypto';
import type { ProcedureDetail } from '@motcua/core';
import type { APIRequestContext, Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyPdf } from '../packages/core/src/document/testing.ts';
import { expectNoSeriousAxeViolations } from './support/axe.ts';
import { launchChromium } from './support/browser.ts';
import { act, statusOf } from './support/dossier-page.ts';
import { DESKTOP, fitsTheWindow, openSettled, PHONE } from './support/page-ready.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { shootBoth } from './support/shots.ts';
import { DEMO_PASSWORD } from './support/sessions.ts';
import { startSmtpSink } from './support/smtp-sink.ts';

const CITIZEN = 'congdan.0004';
const EMAIL = 'congdan.0004@example.com';
type Field = ProcedureDetail['procedure']['formFields'][number];

/** A police procedure offered online for a person, not composite, whose form asks for at least two documents. */
async function pickProcedure(api: APIRequestContext): Promise<ProcedureDetail> {
  for (let page = 1; page <= 10; page++) {
    const list = await (await api.get(`/api/v1/procedures?page=${page}&pageSize=100`)).json();
    for (const p of list.items as { code: string; onlineLevel: string; agency: { slug: string } }[]) {
      if (p.onlineLevel === 'none' || p.agency.slug !== 'congan') continue;
      const detail = (await (await api.get(`/api/v1/procedures/${p.code}`)).json()) as ProcedureDetail;
      const fields = detail.procedure.formFields;
      const files = fields.filter((f) => f.type === 'file' && !f.visibleWhen);
      if (files.length >= 2 && !fields.some((f) => f.name === 'taxCode') && detail.partners.length === 0) return detail;
    }
  }
  throw new Error('no online police procedure with two documents');
}

/** The shown fields: the submitter is the applicant ("no"), so the authorised submitter's fields stay hidden. */
const shown = (fields: readonly Field[]) => fields.filter((f) => !f.visibleWhen);
const VALUE: Partial<Record<Field['type'], string>> = {
  text: 'Nội dung thử',
  textarea: 'Đề nghị cấp theo quy định',
  number: '1',
  date: '1990-05-12',
  cccd: '022190004444',
  phone: '0912004444',
  email: EMAIL,
};

async function chooseOption(page: Page, field: Field, value: string) {
  const label = field.options!.find((o) => o.value === value)!.label;
  await page.getByTestId(`field-${field.name}`).locator('.ant-select').click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${label}"]`).click();
}

/**
 * Fills what the profile did not: every required field still empty, the first option of a select ("no" for the
 * submitter), and each document either uploaded (`upload`) or picked from the store.
 */
async function fillForm(page: Page, fields: readonly Field[], documents: (f: Field, i: number) => Promise<void>) {
  let file = 0;
  for (const field of shown(fields)) {
    const item = page.getByTestId(`field-${field.name}`);
    if (field.type === 'select') {
      await chooseOption(page, field, field.options![0]!.value);
    } else if (field.type === 'file') {
      if (field.required || file < 2) await documents(field, file++);
    } else if (field.required) {
      const input = item.locator('input, textarea').first();
      if ((await input.inputValue()) === '') await input.fill(VALUE[field.type] ?? 'x');
    }
  }
}

const pdf = (n: number) => ({ name: `giay-to-${n}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(tinyPdf(n)) });

async function uploadInto(page: Page, field: string, n: number) {
  await page.getByTestId(`upload-${field}`).setInputFiles(pdf(n));
  await page.getByTestId(`file-${field}`).locator('.ant-tag').first().waitFor();
}

/** The officer's step through the API, on the version it reads first (the browser walked the counter's part). */
async function step(api: APIRequestContext, id: string, transition: string, payload: object) {
  const version = (await (await api.get(`/api/v1/dossiers/${id}`)).json()).version;
  const res = await api.post(`/api/v1/dossiers/${id}/transitions`, {
    data: { version, transition, payload },
    headers: { 'idempotency-key': randomUUID() },
  });
  expect(res.status(), await res.text()).toBe(200);
}

describe('a citizen submits online, supplements, follows the dossier to its result, and reuses a stored document (issue 19)', () => {
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let server: RunningServer;
  let browser: Browser;
  let procedure: ProcedureDetail;
  let citizen: Page;
  let code = '';
  let id = '';

  beforeAll(async () => {
    sink = await startSmtpSink();
    server = await startServer({ MOTCUA_SMTP_URL: sink.url });
    browser = await launchChromium();
    citizen = await (await browser.newContext({ baseURL: server.url })).newPage();
    procedure = await pickProcedure(citizen.request);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await sink?.close();
  });

  const officer = async (username: string) => {
    const context = await browser.newContext({ baseURL: server.url });
    const login = await context.request.post('/api/v1/auth/login', { data: { username, password: DEMO_PASSWORD } });
    expect(login.status()).toBe(200);
    return context;
  };
  const checkPage = async (page: Page, name: string) => {
    await expectNoSeriousAxeViolations(page, name);
    await page.setViewportSize(PHONE);
    expect(await fitsTheWindow(page), `${name} at 375 px scrolls sideways`).toBe(true);
    await page.setViewportSize(DESKTOP);
    await shootBoth(page, name.replaceAll('/', '-').replace(/^-/, ''));
  };

  it('submits the procedure online with two uploads and gets its code by mail', async () => {
    await openSettled(citizen, '/dang-nhap');
    await citizen.getByLabel('E-mail hoặc tên đăng nhập').fill(CITIZEN);
    await citizen.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
    await citizen.getByTestId('login-submit').click();
    await citizen.waitForURL((url) => url.pathname === '/ho-so-cua-toi');

    await openSettled(citizen, `/nop-truc-tuyen/${procedure.procedure.code}`);
    await citizen.getByTestId('online-form').waitFor();
    await checkPage(citizen, '/nop-truc-tuyen');
    // The applicant comes from the profile: nothing to type twice.
    expect(await citizen.getByTestId('field-fullName').locator('input').inputValue()).not.toBe('');
    await fillForm(citizen, procedure.procedure.formFields, (f, i) => uploadInto(citizen, f.name, i + 1));
    await citizen.getByTestId('submit-online').click();
    code = (await citizen.getByTestId('submitted-code').textContent())!.trim();
    expect(code).toMatch(/^000\.00\.01\.H49-\d{6}-\d{4}$/);
    const mail = await sink.waitForMessage(EMAIL);
    expect(mail.subject).toContain(code);

    const mine = await (await citizen.request.get('/api/v1/my/dossiers?pageSize=5')).json();
    expect(mine.items[0]).toMatchObject({ code, status: 'submitted' });
    id = mine.items[0].id;
    const view = await (await citizen.request.get(`/api/v1/my/dossiers/${id}`)).json();
    expect(view.documents.length).toBeGreaterThanOrEqual(2);
    expect(view.receivedAt).toBeNull();
  });

  it('the counter asks for a supplement from its online inbox; the citizen supplements online under the same code', async () => {
    const counter = await (await officer('congan.counter')).newPage();
    await openSettled(counter, '/reception');
    await counter.getByTestId('inbox-submitted').click();
    await counter.getByRole('searchbox', { name: 'Tìm theo mã hồ sơ hoặc tên người nộp' }).fill(code);
    await counter.locator(`[data-testid="dossier-row"][data-code="${code}"]`).getByTestId('dossier-link').click();
    await counter.getByTestId('dossier-code').filter({ hasText: code }).waitFor();
    expect(await statusOf(counter)).toBe('submitted');
    await act(counter, 'request_supplement_at_intake', 'awaiting_supplement', async (form) => {
      const item = form.getByTestId('checklist-pick-item').first();
      await item.getByRole('checkbox').check();
      await item.getByLabel('Yêu cầu bổ sung, hoàn thiện').fill('Bản chụp mờ, đề nghị chụp lại rõ nét');
    });
    const asked = await sink.waitForMessage(EMAIL, 1);
    expect(asked.subject).toContain('cần bổ sung');

    await openSettled(citizen, '/ho-so-cua-toi');
    await checkPage(citizen, '/ho-so-cua-toi');
    await citizen.getByTestId(`my-dossier-${code}`).getByRole('link').first().click();
    await citizen.getByTestId('supplement-asked').waitFor();
    expect(await citizen.getByTestId('supplement-asked').textContent()).toContain('Bản chụp mờ');
    await checkPage(citizen, '/ho-so-cua-toi/chi-tiet');
    await uploadInto(citizen, 'item0', 7);
    await citizen.getByTestId('supplement-submit').click();
    await citizen.getByTestId('supplement-asked').waitFor({ state: 'detached' });
    expect(await statusOf(citizen)).toBe('submitted');
    const view = await (await citizen.request.get(`/api/v1/my/dossiers/${id}`)).json();
    expect(view.code).toBe(code);
    // DESIGN §5: the clock has not started; it starts when the counter receives the complete dossier.
    expect(view.receivedAt).toBeNull();

    await counter.reload();
    await counter.getByTestId('dossier-code').filter({ hasText: code }).waitFor();
    await act(counter, 'receive', 'received', (form) => form.getByTestId('tick-all-required').click());
    const received = await (await citizen.request.get(`/api/v1/my/dossiers/${id}`)).json();
    expect(received.status).toBe('received');
    expect(received.receivedAt).not.toBeNull();
    expect(received.dueAt).not.toBeNull();
    await counter.context().close();
  });

  it('goes to its result, which the citizen sees in "Hồ sơ của tôi" and finds in the store', async () => {
    const appraiser = (await officer('congan.appraiser')).request;
    const approver = (await officer('congan.approver')).request;
    const counter = (await officer('congan.counter')).request;
    await step(appraiser, id, 'start_appraisal', {});
    await step(appraiser, id, 'propose_approval', { proposal: 'approve', summary: 'Đủ điều kiện cấp' });
    const result = await approver.post('/api/v1/documents?name=ket-qua.pdf&kind=result', {
      data: Buffer.from(tinyPdf(3)),
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(result.status()).toBe(201);
    const resultDocumentId = (await result.json()).id;
    // As the approver's upload field does: the signed result is attached to its dossier, then named at approval.
    const attached = await approver.post(`/api/v1/documents/${resultDocumentId}/attach`, { data: { dossierId: id } });
    expect(attached.status()).toBe(200);
    await step(approver, id, 'approve', { resultNumber: '88/QĐ-CAT', resultDocumentId });
    await step(counter, id, 'prepare_result', { resultDocumentId });
    await step(counter, id, 'return_result', { delivery: 'counter' });

    await openSettled(citizen, '/ho-so-cua-toi');
    const row = citizen.getByTestId(`my-dossier-${code}`);
    expect(await row.getByTestId('dossier-status').getAttribute('data-status')).toBe('returned');
    await row.getByRole('link').first().click();
    await citizen.getByTestId('my-dossier-result').waitFor();
    expect(await citizen.getByTestId('my-dossier-result').textContent()).toContain('88/QĐ-CAT');
    const file = await citizen.request.get(
      (await citizen.getByTestId('my-dossier-result-document').getAttribute('href'))!,
    );
    expect(file.status()).toBe(200);

    await openSettled(citizen, '/kho-giay-to');
    await citizen.getByTestId('store-documents').waitFor();
    await checkPage(citizen, '/kho-giay-to');
    const store = await (await citizen.request.get('/api/v1/my/documents?pageSize=100')).json();
    expect(store.items.some((d: { source: string }) => d.source === 'result')).toBe(true);
  });

  it('a second submission takes a document from the store without a new upload; the counter sees where it came from', async () => {
    const before = (await (await citizen.request.get('/api/v1/my/documents?pageSize=100')).json()).total;
    await openSettled(citizen, `/nop-truc-tuyen/${procedure.procedure.code}`);
    await citizen.getByTestId('online-form').waitFor();
    await fillForm(citizen, procedure.procedure.formFields, async (f) => {
      await citizen.getByTestId(`store-pick-${f.name}`).getByRole('checkbox').first().check();
    });
    await citizen.getByTestId('submit-online').click();
    const second = (await citizen.getByTestId('submitted-code').textContent())!.trim();
    expect(second).not.toBe(code);
    const after = await (await citizen.request.get('/api/v1/my/documents?pageSize=100')).json();
    expect(after.total).toBe(before);
    expect(
      after.items.some((d: { uses: number; firstCheckedAt: string | null }) => d.uses >= 2 && d.firstCheckedAt),
    ).toBe(true);

    const counter = await (await officer('congan.counter')).newPage();
    const found = await (await counter.request.get(`/api/v1/dossiers/by-code/${second}`)).json();
    await openSettled(counter, `/dossiers/${found.id}`);
    await counter.getByTestId('document-from-store').first().waitFor();
    expect(await counter.getByTestId('document-from-store').first().textContent()).toContain('Từ kho dữ liệu');
    await shootBoth(counter, 'online-counter-store-origin');
    await counter.context().close();
  });
});
