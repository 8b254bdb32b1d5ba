import { randomUUID } from 'node:crypto';
import type { APIRequestContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { tinyPdf } from '../packages/core/src/document/testing.ts';
import { expectNoSeriousAxeViolations } from './support/axe.ts';
import { browserSessions, choosePassport, signInFromCounterBar } from './support/sessions.ts';

const SCAN = 'Tờ khai đề nghị.pdf';

describe('the counter signs in at its desk, receives a dossier with its scans, and the citizen rates the result', () => {
  const { server, browser, signedIn } = browserSessions();
  let counter: Page;
  let counterApi: APIRequestContext;
  let dossier: { id: string; code: string; version: number; secret: string };

  it('signs in at counter 1 from the bar, once the officer sitting there has left', async () => {
    // The agency head sits at counter 1 first.
    const head = (await signedIn('congan.head')).request;
    const counters = (await (await head.get('/api/v1/counters')).json()) as { items: { id: string; number: number }[] };
    const first = counters.items.find((c) => c.number === 1)!;
    expect((await head.post(`/api/v1/counters/${first.id}/session`, { data: {} })).status()).toBe(200);

    const context = await signedIn('congan.counter');
    counterApi = context.request;
    counter = await context.newPage();
    await counter.goto('/reception');
    await counter.getByTestId('counter-none').waitFor();
    expect(await counter.getByTestId('counter-none').textContent()).toBe('Bạn chưa vào quầy nào.');
    await signInFromCounterBar(counter, 1);
    const refusal = counter.getByTestId('counter-error');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('Quầy đang có cán bộ khác làm việc');
    expect(await refusal.textContent()).toContain('Quầy số 1 đang có cán bộ');

    expect((await head.delete('/api/v1/counters/session', { data: {} })).status()).toBe(204);
    await counter.getByTestId('counter-sign-in').click();
    await counter.getByTestId('counter-current').waitFor();
    expect(await counter.getByTestId('counter-current').textContent()).toBe('Quầy số 1 — Công an tỉnh');
    const session = await counterApi.get('/api/v1/counters/session');
    expect(session.status()).toBe(200);
    expect((await session.json()).counter.number).toBe(1);
  });

  it('receives a passport dossier with a scanned PDF, refuses a text file in Vietnamese, and attaches the scan', async () => {
    await choosePassport(counter);
    for (const row of await counter.locator('[data-testid="tick-row"][data-required="true"]').all())
      await row.getByTestId('tick-provided').check();

    await counter.getByTestId('scan-input').setInputFiles([
      { name: SCAN, mimeType: 'application/pdf', buffer: Buffer.from(tinyPdf(2)) },
      { name: 'ghi-chu.txt', mimeType: 'text/plain', buffer: Buffer.from('Không phải tệp PDF') },
    ]);
    const stored = counter.locator('[data-testid="scan-item"][data-status="done"]');
    const refused = counter.locator('[data-testid="scan-item"][data-status="error"]');
    await stored.waitFor();
    await refused.waitFor();
    expect(await stored.textContent()).toContain(SCAN);
    expect(await stored.getByTestId('scan-info').textContent()).toMatch(/^PDF · [\d,.]+ KB · 2 trang$/);
    expect(await refused.getByTestId('scan-error').textContent()).toContain('Loại tệp không được chấp nhận');
    await counter.getByRole('button', { name: 'Xóa ghi-chu.txt' }).click();
    await refused.waitFor({ state: 'detached' });

    await counter.getByLabel('Họ và tên', { exact: true }).fill('Phạm Thu Hà');
    await counter.getByLabel('Số định danh cá nhân (CCCD)').fill('022195012346');
    await counter.getByLabel('Số điện thoại di động').fill('0912345679');
    await counter.getByLabel('Địa chỉ', { exact: true }).fill('Số 12 đường Trần Hưng Đạo, phường Hồng Gai, Quảng Ninh');
    await counter.getByLabel('Số biên lai thu phí, lệ phí').fill('0005678');
    await counter.getByTestId('reception-submit').click();

    const outcome = counter.getByTestId('reception-outcome');
    await outcome.waitFor();
    expect(await outcome.getAttribute('data-outcome')).toBe('received');
    expect(await counter.getByTestId('received-documents').textContent()).toBe(SCAN);
    const code = (await counter.getByTestId('received-code').textContent())!.trim();
    const secret = (await counter.getByTestId('received-secret').textContent())!.trim();

    const view = await (await counterApi.get(`/api/v1/dossiers/by-code/${encodeURIComponent(code)}`)).json();
    const documents = await (await counterApi.get(`/api/v1/dossiers/${view.id}/documents`)).json();
    expect(documents.total).toBe(1);
    expect(documents.items[0]).toMatchObject({
      name: SCAN,
      mediaType: 'application/pdf',
      pages: 2,
      kind: 'scan',
      dossierId: view.id,
    });
    expect(view.documents).toEqual([documents.items[0].id]);
    dossier = { id: view.id, code, version: view.version, secret };

    // Leaving the counter from the bar ends the session.
    await counter.getByTestId('counter-sign-out').click();
    await counter.getByTestId('counter-none').waitFor();
    expect((await counterApi.get('/api/v1/counters/session')).status()).toBe(404);
  });

  it('rates the returned result once on the public look-up page, with the receipt’s secret only', async () => {
    const appraiser = (await signedIn('congan.appraiser')).request;
    const approver = (await signedIn('congan.approver')).request;
    const step = async (api: APIRequestContext, transition: string, payload: object) => {
      const answer = await api.post(`/api/v1/dossiers/${dossier.id}/transitions`, {
        data: { version: dossier.version, transition, payload },
        headers: { 'Idempotency-Key': randomUUID() },
      });
      expect(answer.status(), await answer.text()).toBe(200);
      dossier.version = (await answer.json()).version;
    };
    await step(appraiser, 'start_appraisal', { assigneeId: null });
    await step(appraiser, 'propose_approval', { proposal: 'approve', summary: 'Đủ điều kiện', approverId: null });
    await step(approver, 'approve', { resultNumber: '456/QĐ-CAT', note: null });
    await step(counterApi, 'prepare_result', { resultDocumentId: null });
    await step(counterApi, 'return_result', { delivery: 'counter', recipient: null, note: null });

    const citizen = await browser().newPage({ baseURL: server().url });
    const lookUp = async (query: string) => {
      await citizen.goto(`/tra-cuu?code=${encodeURIComponent(dossier.code)}&${query}`);
      await citizen.getByTestId('lookup-result').waitFor();
    };
    // The phone's digits show the state but cannot rate: the secret is on the receipt.
    await lookUp('phoneLast4=5679');
    expect(await citizen.getByTestId('rating-needs-secret').textContent()).toContain(
      'mã tra cứu in trên giấy tiếp nhận',
    );

    await lookUp(`secret=${dossier.secret}`);
    await citizen.getByRole('heading', { name: 'Đánh giá mức độ hài lòng' }).waitFor();
    for (const [criterion, level] of [
      ['attitude', 'Rất hài lòng'],
      ['guidance', 'Rất hài lòng'],
      ['time', 'Hài lòng'],
      ['cost', 'Hài lòng'],
      ['visits', 'Không hài lòng'],
    ]) {
      await citizen.getByTestId(`rating-${criterion}`).getByText(level!, { exact: true }).click();
    }
    await citizen.getByLabel('Ý kiến khác (nếu có)').fill('Phải đi lại hai lần để bổ sung ảnh.');
    await citizen.getByTestId('rating-submit').click();
    await citizen.getByTestId('rating-thanks').waitFor();
    expect(await citizen.getByTestId('rating-thanks').textContent()).toContain('Cảm ơn ông/bà đã đánh giá');

    // Once per dossier on the web: after a reload the page says so at once, with the date, instead of the form.
    await citizen.reload();
    const done = citizen.getByTestId('rating-done');
    await done.waitFor();
    expect(await done.textContent()).toContain('Hồ sơ đã được đánh giá');
    expect(await done.textContent()).toMatch(/lúc \d\d:\d\d \d\d\/\d\d\/\d{4}/);
    expect(await citizen.getByTestId('rating-form').count()).toBe(0);
    await expectNoSeriousAxeViolations(citizen, 'the look-up result');

    // On a phone (375 px) the look-up's tables do not scroll the page sideways.
    await citizen.setViewportSize({ width: 375, height: 800 });
    await citizen.reload();
    await citizen.getByTestId('rating-done').waitFor();
    expect(await citizen.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectNoSeriousAxeViolations(citizen, 'the look-up result at 375 px');
    await citizen.close();
  });

  it('types in a paper form with its number, linked to the dossier; the same number twice is refused', async () => {
    await counter.goto('/reception');
    const card = counter.getByTestId('rating-entry-form');
    await card.waitFor();
    await card.getByTestId('rating-entry-submit').click();
    await card.getByText('Cần nhập số phiếu (phiếu giấy hoặc thư góp ý)').waitFor();

    const reference = `PG-${randomUUID().slice(0, 8)}`;
    await card.getByTestId('rating-entry-reference').fill(reference);
    await card.getByTestId('rating-entry-dossier').fill(dossier.code);
    await card.getByTestId('entry-attitude').getByText('Hài lòng', { exact: true }).click();
    await card.getByTestId('rating-entry-submit').click();
    const done = counter.getByTestId('rating-entry-done');
    await done.waitFor();
    expect(await done.textContent()).toContain(`Đã lưu phiếu số ${reference}`);
    expect(await done.textContent()).toContain('được tính vào chỉ số hài lòng');

    // A form is entered once (DESIGN §7): its number again, even without the dossier, is refused.
    await card.getByTestId('rating-entry-reference').fill(reference);
    await card.getByTestId('entry-time').getByText('Hài lòng', { exact: true }).click();
    await card.getByTestId('rating-entry-submit').click();
    const refused = counter.getByTestId('rating-entry-error');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('Số phiếu này đã được nhập');
    await expectNoSeriousAxeViolations(counter, '/reception with a refused rating form');
  });
});
