import { randomUUID } from 'node:crypto';
import type { APIRequestContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { intersects, pdfQrCodes, pdfWords } from '../apps/server/src/test/pdf-layout.ts';
import { act, pdfBytesOf, pdfOf } from './support/dossier-page.ts';
import { vietnamMoment } from './support/moments.ts';
import { passportProcedure, receiveWithScan } from './support/receptions.ts';
import { browserSessions } from './support/sessions.ts';

const QUESTION = 'Đề nghị cho ý kiến về tình trạng hộ tịch của người đề nghị';
const OPINION = 'Người đề nghị không có thay đổi về hộ tịch';

describe('liên thông, forms 02–05 and the look-up secret, in the browser', () => {
  const { server, signedIn } = browserSessions();
  const pageOf = async (username: string): Promise<Page> => (await signedIn(username)).newPage();

  /** Chooses an option of an antd select from the keyboard, typed without diacritics (the picker folds). */
  const choose = async (page: Page, label: string, typed: string, option: string) => {
    await page.getByLabel(label).pressSequentially(typed);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).waitFor();
    await page.keyboard.press('Enter');
  };

  /** A second consultation through the API, whose deadline passes in a few seconds (the screen takes minutes). */
  const consultBriefly = async (api: APIRequestContext, dossierId: string, slug: string): Promise<number> => {
    const agencies = (await (await api.get('/api/v1/agencies')).json()) as { id: string; slug: string }[];
    const { version } = (await (await api.get(`/api/v1/dossiers/${dossierId}`)).json()) as { version: number };
    const deadline = Date.now() + 4_000;
    const consultations = [
      { agencyId: agencies.find((a) => a.slug === slug)!.id, question: QUESTION, deadline: new Date(deadline) },
    ];
    const opened = await api.post(`/api/v1/dossiers/${dossierId}/transitions`, {
      data: { version, transition: 'open_consultation', payload: { consultations } },
      headers: { 'Idempotency-Key': randomUUID() },
    });
    expect(opened.status(), await opened.text()).toBe(200);
    return deadline;
  };

  it('the consulted agency answers from its inbox, a lapsed one is closed, the sheet shows both; 04 and 05 print', async () => {
    const dossier = await receiveWithScan((await signedIn('congan.counter')).request);
    const lead = await pageOf('congan.appraiser');
    await lead.goto(`/dossiers/${dossier.id}`);
    await act(lead, 'start_appraisal', 'in_appraisal');
    await act(lead, 'open_consultation', 'in_consultation', async (form) => {
      await choose(lead, 'Cơ quan được lấy ý kiến', 'tu phap', 'Sở Tư pháp');
      await form.getByLabel('Hạn trả lời').fill(vietnamMoment(1).typed);
      await form.getByLabel('Nội dung xin ý kiến').fill(QUESTION);
    });
    const lapsesAt = await consultBriefly(lead.context().request, dossier.id, 'xaydung');

    // Tư pháp finds it in its own inbox, opens it, reads the scanned form and answers.
    const consulted = await pageOf('tuphap.appraiser');
    await consulted.goto('/processing/consultations');
    const row = consulted.locator(`[data-testid="consultation-row"][data-code="${dossier.code}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Công an tỉnh');
    await row.getByTestId('consultation-link').click();
    await consulted.getByTestId('dossier-code').filter({ hasText: dossier.code }).waitFor();
    await consulted.getByTestId('dossier-documents').getByText('To-khai-ho-chieu.pdf').waitFor();
    await act(consulted, 'record_opinion', 'in_consultation', (form) =>
      form.getByLabel('Ý kiến của cơ quan').fill(OPINION),
    );
    await consulted.getByTestId('dossier-consultations').getByText(OPINION).waitFor();

    // Xây dựng stays silent: once its deadline passes its head sees the consultation overdue.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, lapsesAt - Date.now()) + 500));
    const head = await pageOf('xaydung.head');
    await head.goto('/processing/consultations?warning=overdue');
    await head.locator(`[data-testid="consultation-row"][data-code="${dossier.code}"]`).waitFor();

    // The lead closes the lapsed consultation from the page; the control sheet shows the answer and the lapse.
    await lead.reload();
    await act(lead, 'close_consultation', 'in_appraisal');
    await lead.getByTestId('consultation-lapsed').waitFor();
    const sheet = await pdfOf(lead, 'control-sheet-pdf');
    // Table cells wrap, so the words of a row come interleaved: each side's name, the answer's and the lapse's start.
    for (const text of ['Nhận: Sở Tư pháp', 'Nhận: Sở Xây dựng', 'Giao: Sở Tư pháp', 'Thống nhất:', 'Quá hạn,'])
      expect(sheet).toContain(text);

    // Form 04 (TT 03/2025: the apology asking for more time) and form 05 (the stop notice), each from the screen.
    await act(lead, 'apologise', 'in_appraisal', async (form) => {
      await form.getByLabel('Lý do').fill('Chờ xác minh thông tin hộ tịch');
      await form.getByLabel('Ngày, giờ hẹn trả mới').fill(vietnamMoment(30).typed);
    });
    expect(await pdfOf(lead, 'issued-apology-pdf')).toContain('Chờ xác minh thông tin hộ tịch');
    await lead.getByTestId('notice-pdf-apology').waitFor();
    const approver = await pageOf('congan.approver');
    await approver.goto(`/dossiers/${dossier.id}`);
    await act(approver, 'stop', 'stopped', async (form) => {
      await form.getByLabel('Lý do').fill('Người đề nghị có văn bản đề nghị dừng giải quyết');
      await form.getByLabel('Căn cứ pháp lý').fill('Điều 18 Nghị định 118/2025/NĐ-CP');
    });
    const stop = await pdfOf(approver, 'issued-stop-pdf');
    expect(stop).toContain('Người đề nghị có văn bản đề nghị dừng giải quyết');
    expect(stop).toContain('Điều 18 Nghị định 118/2025/NĐ-CP');
    expect(await pdfOf(approver, 'notice-pdf-stop')).toBe(stop);
  });

  it('a dossier received after a supplement shows its secret once; the QR reaches this server; the counter reissues', async () => {
    const counter = await pageOf('congan.counter');
    const api = counter.context().request;
    const { checklist } = await passportProcedure(api);
    const missing = checklist.find((item) => item.required)!.name;

    // Form 02 from the dossier's page names the checklist item the applicant did not bring.
    const waiting = await receiveWithScan(api, { complete: false });
    await counter.goto(`/dossiers/${waiting.id}`);
    expect(await pdfOf(counter, 'notice-pdf-supplement')).toContain(missing);
    await act(counter, 'resubmit', 'submitted');
    await act(counter, 'receive', 'received', (form) => form.getByTestId('tick-all-required').click());
    const secret = (await counter.getByTestId('issued-secret').textContent())!.trim();
    expect(secret).toMatch(/^[A-Z2-9]{6}$/);

    // The receipt's QR decodes to the look-up address on this very server, and sits clear of every word.
    const receipt = await pdfBytesOf(counter, 'issued-receipt-pdf');
    const [qr] = pdfQrCodes(receipt);
    expect(qr?.text).toBe(`${server().url}/tra-cuu?code=${encodeURIComponent(waiting.code)}&secret=${secret}`);
    const words = pdfWords(receipt).filter((w) => w.page === 1);
    expect(words.map((w) => w.text)).toContain(secret);
    expect(words.filter((w) => intersects(w, qr!.box))).toEqual([]);

    // Shown once: after a reload only its hash is left; the counter reissues, and the old secret stops working.
    await counter.reload();
    await counter.getByTestId('dossier-code').waitFor();
    expect(await counter.getByTestId('issued-secret').count()).toBe(0);
    await act(counter, 'reissue_secret', 'received');
    const renewed = (await counter.getByTestId('issued-secret').textContent())!.trim();
    const lookup = (s: string) => api.get(`/api/v1/lookup?code=${encodeURIComponent(waiting.code)}&secret=${s}`);
    expect((await lookup(renewed)).status()).toBe(200);
    if (renewed !== secret) expect((await lookup(secret)).status()).not.toBe(200);

    // Form 03: an incomplete dossier refused at intake, its refusal printed from the screen.
    const refused = await receiveWithScan(api, { complete: false });
    await counter.goto(`/dossiers/${refused.id}`);
    await act(counter, 'reject_at_intake', 'rejected_at_intake', (form) =>
      form.getByLabel('Nội dung').fill('Thủ tục không thuộc thẩm quyền của cơ quan'),
    );
    expect(await pdfOf(counter, 'issued-refusal-pdf')).toContain('Thủ tục không thuộc thẩm quyền của cơ quan');
    await counter.getByTestId('notice-pdf-refusal').waitFor();
  });
});
