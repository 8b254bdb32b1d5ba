import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe.ts';
import { pdfOf } from './support/dossier-page.ts';
import { browserSessions, choosePassport, DEMO_PASSWORD, signInFromCounterBar } from './support/sessions.ts';
import { fitsAPhone, shootBoth } from './support/shots.ts';

const BRANCH_CODE = '000.30.01.H49';
const BRANCH = 'Chi nhánh Trung tâm Phục vụ hành chính công tỉnh tại phường Bãi Cháy';
const APPLICANT = 'Lê Văn Cường';

describe('a branch receives a passport dossier for the province police, who find where it was received', () => {
  const { newContext, signedIn } = browserSessions();
  let code = '';

  it('is received at the branch’s counter with a code of the branch, the receipt naming the branch', async () => {
    // The officer types the log-in as printed, the code in capitals (usernames are case-insensitive).
    const counter: Page = await (await newContext()).newPage();
    await counter.goto('/login');
    await counter.getByLabel('Tên đăng nhập').fill(`${BRANCH_CODE}.counter`);
    await counter.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await counter.getByRole('button', { name: 'Đăng nhập' }).click();
    await counter.getByRole('heading', { level: 1, name: 'Tiếp nhận hồ sơ' }).waitFor();
    await counter.getByTestId('counter-none').waitFor();
    await shootBoth(counter, '01-branch-reception');
    expect(await fitsAPhone(counter)).toBe(true);

    // The branch's one desk takes any procedure of the province (agency null).
    await signInFromCounterBar(counter, 1);
    await counter.getByTestId('counter-current').waitFor();
    expect(await counter.getByTestId('counter-current').textContent()).toBe(
      'Quầy số 1 — Quầy tiếp nhận hồ sơ toàn tỉnh',
    );

    // No agency: the picker searches the whole province, the police's passport among it.
    await choosePassport(counter);
    expect(await counter.getByTestId('chosen-procedure').textContent()).toContain('Công an tỉnh');
    for (const row of await counter.locator('[data-testid="tick-row"][data-required="true"]').all())
      await row.getByTestId('tick-provided').check();
    await counter.getByLabel('Họ và tên', { exact: true }).fill(APPLICANT);
    await counter.getByLabel('Số định danh cá nhân (CCCD)').fill('022088012347');
    await counter.getByLabel('Số điện thoại di động').fill('0912345680');
    await counter.getByLabel('Địa chỉ', { exact: true }).fill('Số 8 đường Hạ Long, phường Bãi Cháy, Quảng Ninh');
    await counter.getByLabel('Số biên lai thu phí, lệ phí').fill('0009876');
    await shootBoth(counter, '02-branch-form');
    await counter.getByTestId('reception-submit').click();

    const outcome = counter.getByTestId('reception-outcome');
    await outcome.waitFor();
    expect(await outcome.getAttribute('data-outcome')).toBe('received');
    code = (await counter.getByTestId('received-code').textContent())!.trim();
    // DESIGN §13: the code is the receiving unit's, the branch's four-group identifier.
    expect(code).toMatch(new RegExp(`^${BRANCH_CODE.replaceAll('.', '\\.')}-\\d{6}-\\d{4}$`));
    await shootBoth(counter, '03-branch-outcome');
    expect(await fitsAPhone(counter)).toBe(true);

    const receipt = await pdfOf(counter, 'receipt-pdf');
    expect(receipt).toContain(code);
    expect(receipt).toContain(APPLICANT);
    // The result comes back where it was received: the branch, named with its address.
    expect(receipt).toContain(BRANCH);
    expect(receipt).toContain('phường Bãi Cháy, tỉnh Quảng Ninh');
  });

  it('is in the police appraiser’s inbox, and its page says where it was received', async () => {
    const appraiser = await (await signedIn('congan.appraiser')).newPage();
    await appraiser.goto('/processing');
    await appraiser.getByRole('heading', { level: 1, name: 'Xử lý hồ sơ' }).waitFor();
    await appraiser.getByRole('searchbox', { name: 'Tìm theo mã hồ sơ hoặc tên người nộp' }).fill(code);
    await appraiser.locator(`[data-testid="dossier-row"][data-code="${code}"]`).waitFor();
    expect(await appraiser.getByTestId('dossier-row').count()).toBe(1);
    await shootBoth(appraiser, '04-police-inbox');
    await appraiser.keyboard.press('Enter');
    await appraiser.getByTestId('dossier-code').filter({ hasText: code }).waitFor();
    const received = appraiser.getByTestId('dossier-receiving-center');
    expect(await received.textContent()).toBe(`${BRANCH} (${BRANCH_CODE})`);
    expect(await appraiser.getByTestId('dossier-facts').textContent()).toContain('Nơi tiếp nhận');
    await shootBoth(appraiser, '05-police-dossier');
    await expectNoSeriousAxeViolations(appraiser, 'a routed dossier’s page');
    expect(await fitsAPhone(appraiser)).toBe(true);
  });

  it('is in the branch director’s list, who reads their branch’s report and not the dashboard', async () => {
    const director = await (await signedIn(`${BRANCH_CODE.toLowerCase()}.director`)).newPage();
    await director.goto('/processing');
    await director.getByRole('heading', { level: 1, name: 'Xử lý hồ sơ' }).waitFor();
    // No agency: the list is the center's, and so is its heading.
    expect(await director.locator('#processing-inbox').textContent()).toBe(
      'Hồ sơ của trung tâm, hạn trả gần nhất trước',
    );
    await director.getByRole('searchbox', { name: 'Tìm theo mã hồ sơ hoặc tên người nộp' }).fill(code);
    await director.locator(`[data-testid="dossier-row"][data-code="${code}"]`).waitFor();
    await shootBoth(director, '06-director-inbox');

    await director.getByRole('link', { name: 'Báo cáo giải quyết' }).click();
    // The server forces the director's own center: the figures shown are the branch's.
    await director.getByTestId('report-period').filter({ hasText: BRANCH }).waitFor();
    expect(await director.getByTestId('report-period').textContent()).not.toContain('Toàn tỉnh');
    expect(await director.getByTestId('filter-center').count()).toBe(0);
    // The province's ledger is the province director's (DESIGN §1), not a center's director's.
    expect(await director.getByRole('heading', { name: 'Sổ theo dõi hồ sơ' }).count()).toBe(0);
    expect(await director.getByRole('link', { name: 'Điều hành' }).count()).toBe(0);
    await shootBoth(director, '07-director-report');
    await expectNoSeriousAxeViolations(director, 'a center director’s report');
    expect(await fitsAPhone(director)).toBe(true);
  });

  it('is counted under the branch in the province director’s report by where received, files with the same query', async () => {
    const director = await (await signedIn('director')).newPage();
    await director.goto('/operations/reports/resolution?by=center&level=commune');
    const row = director.locator(`[data-testid="resolution-row"][data-key="${BRANCH_CODE}"]`);
    await row.waitFor();
    expect(await row.locator('td').nth(1).textContent()).toBe(BRANCH);
    // Received (3): at least the dossier received above (other demo receptions at the branch may add to it).
    expect(Number(await row.locator('td').nth(2).textContent())).toBeGreaterThanOrEqual(1);
    expect(await director.getByTestId('filter-level').textContent()).toBe('Xã');

    // Picking the branch narrows the figures to it; the Excel and the PDF carry the same query.
    await director.getByLabel('Nơi tiếp nhận hồ sơ').pressSequentially('bai chay');
    await director
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: BRANCH })
      .waitFor();
    await director.keyboard.press('Enter');
    await director.getByTestId('report-period').filter({ hasText: BRANCH }).waitFor();
    for (const file of ['report-xlsx', 'report-pdf']) {
      const query = new URL((await director.getByTestId(file).getAttribute('href'))!, director.url()).searchParams;
      expect(Object.fromEntries(query)).toMatchObject({ by: 'center', level: 'commune', center: BRANCH_CODE });
    }
    expect(await director.getByRole('heading', { name: 'Sổ theo dõi hồ sơ' }).count()).toBe(1);
    await shootBoth(director, '08-province-report-by-center');
    // The picker's list closes with an animation: axe reads the page, not a list on its way out (it has no name then).
    await director.keyboard.press('Escape');
    await director.waitForFunction(() =>
      Array.from(document.querySelectorAll('.ant-select-dropdown')).every((list) => list.getClientRects().length === 0),
    );
    await expectNoSeriousAxeViolations(director, 'the report by receiving center with its pickers');
    expect(await fitsAPhone(director)).toBe(true);
  });
});
