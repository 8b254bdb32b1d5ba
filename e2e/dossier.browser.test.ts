import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { maskName, STATUS_LABELS } from '@motcua/core';
import { tinyPdf } from '../packages/core/src/document/testing.ts';
import { act, oneSpace, pdfOf, statusOf } from './support/dossier-page.ts';
import { browserSessions, choosePassport, DEMO_PASSWORD, signInFromCounterBar } from './support/sessions.ts';

const APPLICANT = 'Trần Thị Bích Ngọc';
// 022: Quảng Ninh; 1: a woman born in the 1900s; 95: 1995 (TT 07/2016/TT-BCA art. 7).
const CCCD = '022195012345';
const PHONE = '0912345678';

describe('a passport dossier from the counter to the returned result, in the browser', () => {
  const { server, browser, newContext, signedIn } = browserSessions();

  /** One officer per browser context, signed in through the API (the counter signs in through the form below). */
  const officer = async (username: string): Promise<Page> => (await signedIn(username)).newPage();

  it('is received, appraised with a supplement, approved, returned, printed and looked up', async () => {
    // The counter signs in through the form and lands on reception, the scanner's box focused.
    const counter = await (await newContext()).newPage();
    await counter.goto('/login');
    await counter.getByLabel('Tên đăng nhập').fill('congan.counter');
    await counter.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await counter.getByRole('button', { name: 'Đăng nhập' }).click();
    await counter.getByRole('heading', { level: 1, name: 'Tiếp nhận hồ sơ' }).waitFor();
    await counter.waitForFunction(() => document.activeElement?.id === 'dossier-code-input');

    // The procedure found as one types without diacritics; its checklist ticked; the applicant typed.
    // Chosen from the keyboard: the best match is first, Enter takes it.
    await choosePassport(counter);
    const rows = counter.getByTestId('tick-row');
    await rows.first().waitFor();
    const required = counter.locator('[data-testid="tick-row"][data-required="true"]');
    expect(await required.count()).toBeGreaterThan(1);
    expect(await rows.count()).toBeGreaterThan(await required.count());
    for (const row of await required.all()) await row.getByTestId('tick-provided').check();
    await counter.getByLabel('Họ và tên', { exact: true }).fill(APPLICANT);
    await counter.getByLabel('Số định danh cá nhân (CCCD)').fill(CCCD);
    await counter.getByLabel('Số điện thoại di động').fill(PHONE);
    await counter.getByLabel('Địa chỉ', { exact: true }).fill('Số 5 phố Lê Thánh Tông, phường Hồng Gai, Quảng Ninh');
    await counter.getByLabel('Số biên lai thu phí, lệ phí').fill('0001234');
    expect(await counter.getByLabel('Số tiền đã nộp (đồng)').inputValue()).toMatch(/^200[.,]?000$/);
    await counter.getByTestId('reception-submit').click();
    // Not at a counter yet: the server refuses in words, nothing is received; the bar above signs the officer in.
    const refusal = counter.getByTestId('command-error');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('chưa đăng nhập vào quầy');
    await signInFromCounterBar(counter, 1);
    await counter.getByTestId('counter-current').waitFor();
    await counter.getByTestId('reception-submit').click();

    const outcome = counter.getByTestId('reception-outcome');
    await outcome.waitFor();
    expect(await outcome.getAttribute('data-outcome')).toBe('received');
    const code = (await counter.getByTestId('received-code').textContent())!.trim();
    const secret = (await counter.getByTestId('received-secret').textContent())!.trim();
    expect(code).toMatch(/^[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.H49-\d{6}-\d{4}$/);
    expect(secret).toMatch(/^[A-Z2-9]{6}$/);
    expect(await outcome.textContent()).toContain('chỉ in trên giấy tiếp nhận');
    const receipt = await pdfOf(counter, 'receipt-pdf');
    expect(receipt).toContain(APPLICANT);
    expect(receipt).toContain(code);
    expect(receipt).toContain(secret);

    // The appraiser finds it in the inbox by its code, starts the appraisal and asks for a supplement.
    const appraiser = await officer('congan.appraiser');
    await appraiser.goto('/processing');
    await appraiser.getByRole('heading', { level: 1, name: 'Xử lý hồ sơ' }).waitFor();
    // The demo may hold many dossiers: the code narrows the inbox to this one, Enter opens it.
    await appraiser.getByRole('searchbox', { name: 'Tìm theo mã hồ sơ hoặc tên người nộp' }).fill(code);
    await appraiser.locator(`[data-testid="dossier-row"][data-code="${code}"]`).waitFor();
    expect(await appraiser.getByTestId('dossier-row').count()).toBe(1);
    await appraiser.keyboard.press('Enter');
    await appraiser.getByTestId('dossier-code').filter({ hasText: code }).waitFor();
    expect(await statusOf(appraiser)).toBe('received');
    await act(appraiser, 'start_appraisal', 'in_appraisal');
    // Form 02 names a document of the checklist as the procedure names it, and another typed freely.
    let listed = '';
    await act(appraiser, 'request_supplement', 'awaiting_supplement', async (form) => {
      const item = form.getByTestId('checklist-pick-item').first();
      listed = (await item.locator('label').first().textContent())!.trim();
      await item.getByRole('checkbox').check();
      await item.getByLabel('Yêu cầu bổ sung, hoàn thiện').fill('Chưa có chữ ký của người đề nghị');
      await form.getByTestId('items-add').click();
      await form.getByLabel('Tên giấy tờ').fill('Ảnh chân dung 4x6 cm');
      await form.getByLabel('Yêu cầu bổ sung, hoàn thiện').last().fill('Ảnh chụp quá 6 tháng, đề nghị chụp lại');
    });
    const form02 = await pdfOf(appraiser, 'issued-supplement-pdf');
    expect(form02).toContain(`${listed}: Chưa có chữ ký của người đề nghị`);
    expect(form02).toContain('Ảnh chân dung 4x6 cm');
    await appraiser.getByTestId('notice-pdf-supplement').waitFor();
    const dossierUrl = appraiser.url();

    // The counter scans the code (the receipt's QR carries the look-up URL) and records the supplement.
    await counter.goto('/reception');
    await counter
      .getByLabel('Quét mã QR hoặc nhập mã hồ sơ')
      .fill(`${server().url}/tra-cuu?code=${encodeURIComponent(code)}&secret=${secret}`);
    await counter.keyboard.press('Enter');
    await counter.getByTestId('dossier-code').filter({ hasText: code }).waitFor();
    expect(await statusOf(counter)).toBe('awaiting_supplement');
    await act(counter, 'record_supplement', 'in_appraisal');

    // The appraiser proposes approval; the approver approves with a result number and passes the result on.
    await appraiser.reload();
    await appraiser.getByTestId('transition-propose_approval').waitFor();
    await act(appraiser, 'propose_approval', 'awaiting_approval', (form) =>
      form.getByLabel('Tóm tắt kết quả thẩm định').fill('Hồ sơ đủ điều kiện cấp hộ chiếu.'),
    );
    const approver = await officer('congan.approver');
    await approver.goto(dossierUrl);
    await approver.getByTestId('transition-approve').waitFor();
    await act(approver, 'approve', 'approved', async (form) => {
      await form.getByLabel('Số, ký hiệu văn bản kết quả').fill('123/QĐ-CAT');
      // The signed result, attached at approval: the counter hands this one over.
      await form
        .locator('input[type=file]')
        .setInputFiles({ name: 'ket-qua.pdf', mimeType: 'application/pdf', buffer: Buffer.from(tinyPdf(1)) });
      await form.getByTestId('result-uploaded').waitFor();
    });
    expect(await approver.getByTestId('result-number').textContent()).toBe('123/QĐ-CAT');
    await act(approver, 'prepare_result', 'result_ready');

    // The applicant comes back with the receipt: the counter scans its code and returns the result.
    await counter.goto('/reception');
    await counter.getByRole('tab', { name: 'Chờ trả kết quả' }).click();
    await counter.getByTestId('dossier-row').first().waitFor();
    const queued = await counter
      .getByTestId('dossier-row')
      .getByTestId('dossier-status')
      .evaluateAll((tags) => tags.map((tag) => tag.getAttribute('data-status')));
    expect(new Set(queued)).toEqual(new Set(['result_ready']));
    await counter.getByLabel('Quét mã QR hoặc nhập mã hồ sơ').fill(code);
    await counter.keyboard.press('Enter');
    await counter.getByTestId('transition-return_result').waitFor();
    await act(counter, 'return_result', 'returned');
    const transitions = await counter
      .getByTestId('timeline-entry')
      .evaluateAll((entries) => entries.map((e) => e.getAttribute('data-transition')));
    expect(transitions).toEqual([
      'open',
      'receive',
      'start_appraisal',
      'request_supplement',
      'record_supplement',
      'propose_approval',
      'approve',
      'prepare_result',
      'return_result',
    ]);
    expect(await counter.getByTestId('timeline-items').textContent()).toContain('Ảnh chân dung 4x6 cm');

    for (const testId of ['receipt-pdf', 'control-sheet-pdf']) {
      const text = await pdfOf(counter, testId);
      expect(text).toContain(APPLICANT);
      expect(text).toContain(code);
    }
    expect(await counter.getByTestId('dossier-documents').textContent()).toContain('ket-qua.pdf');

    // The applicant lost the receipt: the counter issues a new secret, shown once, and prints it.
    await act(counter, 'reissue_secret', 'returned');
    const renewed = (await counter.getByTestId('issued-secret').textContent())!.trim();
    expect(renewed).toMatch(/^[A-Z2-9]{6}$/);
    expect(await pdfOf(counter, 'issued-receipt-pdf')).toContain(renewed);

    // Anyone with the receipt looks it up: the state in words, the name masked.
    const citizen = await browser().newPage();
    await citizen.goto(`${server().url}/`);
    await citizen.getByTestId('portal-lookup-link').click();
    await citizen.getByRole('heading', { level: 1, name: 'Tra cứu hồ sơ' }).waitFor();
    await citizen.goto(`${server().url}/tra-cuu?code=${encodeURIComponent(code)}&secret=${renewed}`);
    await citizen.getByTestId('lookup-result').waitFor();
    expect(await citizen.getByTestId('dossier-status').textContent()).toBe(STATUS_LABELS.returned.vi);
    expect(await citizen.getByTestId('lookup-applicant').textContent()).toBe(maskName(APPLICANT));
    expect(await citizen.getByTestId('lookup-result').textContent()).not.toContain(APPLICANT);
    expect(await citizen.getByTestId('timeline-entry').count()).toBeGreaterThanOrEqual(8);

    // The old secret no longer works, and says so in Vietnamese (a new one is drawn: it differs but by chance).
    await citizen.getByLabel('Mã tra cứu (6 ký tự)').fill(secret === renewed ? 'ABCDEF' : secret);
    await citizen.getByTestId('lookup-submit').click();
    await citizen.getByTestId('lookup-error').waitFor();
    expect(await citizen.getByTestId('lookup-error').textContent()).toContain('Mã hồ sơ hoặc mã tra cứu không đúng');
    await citizen.close();
  });
});
