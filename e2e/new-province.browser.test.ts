import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeProcedure } from '../packages/core/src/catalog/testing.ts';
import { createCatalogWorkbook } from '../apps/server/src/modules/catalog/excel/export-workbook.ts';
import { launchChromium } from './support/browser.ts';
import { EMPTY_ADMIN_PASSWORD, startEmptyServer, type EmptyServer } from './support/empty-server.ts';
import { signInFromCounterBar } from './support/sessions.ts';
import type { Browser } from 'playwright-core';

const NEW_PASSWORD = 'Tiep-nhan-ho-so-2026!';

/** A catalog file of the new province: its first field and one procedure of its justice department, without fees. */
async function catalogFile(dir: string): Promise<string> {
  const workbook = createCatalogWorkbook();
  workbook.addFields([{ code: 'TP-CT', name: 'Chứng thực', agencySlug: 'sotuphap' }]);
  const checklist = [{ name: 'Bản chính giấy tờ cần chứng thực', form: 'original' as const, count: 1, required: true }];
  workbook.add([
    makeProcedure({
      code: '2.000815',
      name: 'Chứng thực bản sao từ bản chính',
      agencySlug: 'sotuphap',
      fieldCode: 'TP-CT',
      effectiveFrom: '2026-01-01',
      timeLimit: { value: 1, unit: 'days' },
      steps: [
        { name: 'Tiếp nhận', role: 'counter', budgetMinutes: 90 },
        { name: 'Thẩm định', role: 'appraiser', budgetMinutes: 180 },
        { name: 'Phê duyệt', role: 'approver', budgetMinutes: 90 },
        { name: 'Trả kết quả', role: 'counter', budgetMinutes: 90 },
      ],
      checklist,
      fees: [],
      legalBasis: ['Nghị định 23/2015/NĐ-CP'],
    }),
  ]);
  const path = join(dir, 'danh-muc.xlsx');
  writeFileSync(path, await workbook.toBuffer());
  return path;
}

/** Types into an Ant Design select found by its label and takes the option shown for `text`. */
async function choose(page: Page, label: string, text: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).pressSequentially(text);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: text })
    .first()
    .waitFor();
  await page.keyboard.press('Enter');
}

async function saveModal(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

describe('a new province on an empty server, set up in the browser (issue 16)', () => {
  let server: EmptyServer;
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    server = await startEmptyServer();
    browser = await launchChromium();
    dir = mkdtempSync(join(tmpdir(), 'motcua-province-'));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const open = async () => (await browser.newContext({ baseURL: server.url })).newPage();
  const logIn = async (page: Page, username: string, password: string) => {
    await page.goto('/login');
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((url) => url.pathname !== '/login');
  };

  it('the admin creates the center, an agency, the catalog, an officer and a counter; the officer receives', async () => {
    const admin = await open();
    await logIn(admin, 'admin', EMPTY_ADMIN_PASSWORD);
    await admin.goto('/admin/thiet-lap');
    await admin.getByRole('link', { name: 'Thực hiện: Trung tâm cấp tỉnh' }).click();

    await admin.getByRole('button', { name: 'Thêm trung tâm' }).click();
    await admin.getByLabel('Mã', { exact: true }).fill('A01');
    await admin.getByLabel('Tên trung tâm').fill('Trung tâm Phục vụ hành chính công tỉnh Thử Nghiệm');
    await admin.getByLabel('Có hiệu lực từ ngày').fill('2026-01-01');
    await admin.getByLabel('Địa chỉ').fill('Số 1 đường Trung tâm');
    await saveModal(admin);
    await admin.getByRole('cell', { name: 'A01', exact: true }).waitFor();

    await admin.goto('/admin/co-quan');
    await admin.getByRole('button', { name: 'Thêm cơ quan' }).click();
    await admin.getByLabel('Mã cơ quan').fill('000.00.06.A01');
    await admin.getByLabel('Tên viết tắt').fill('sotuphap');
    await admin.getByLabel('Tên cơ quan').fill('Sở Tư pháp');
    // The province center is chosen already: a new agency serves there unless the admin says otherwise.
    expect(await admin.getByRole('dialog').textContent()).toContain('A01 – Trung tâm Phục vụ hành chính công');
    await saveModal(admin);
    await admin.getByRole('cell', { name: 'Sở Tư pháp' }).waitFor();

    await admin.goto('/admin/catalog');
    await admin
      .locator('input[type=file]')
      .first()
      .setInputFiles(await catalogFile(dir));
    await admin.getByTestId('import-applied').waitFor({ timeout: 30_000 });

    await admin.goto('/admin/can-bo');
    await admin.getByRole('button', { name: 'Thêm cán bộ' }).click();
    await admin.getByLabel('Tên đăng nhập').fill('sotuphap.tiepnhan');
    await admin.getByLabel('Họ và tên').fill('Nguyễn Thị Tiếp Nhận');
    await choose(admin, 'Trung tâm', 'A01');
    await choose(admin, 'Cơ quan', 'Sở Tư pháp');
    // A new officer is a counter officer unless the admin chooses other roles.
    expect(await admin.getByRole('dialog').textContent()).toContain('Tiếp nhận (một cửa)');
    await admin.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
    const temporary = (await admin.getByTestId('temporary-password').textContent())!.trim();
    expect(temporary.length).toBeGreaterThanOrEqual(12);
    await admin.getByRole('button', { name: 'Tôi đã ghi lại, đóng' }).click();

    await admin.goto('/admin/quay');
    await admin.getByRole('button', { name: 'Thêm quầy' }).click();
    await admin.getByLabel('Số quầy').fill('1');
    await admin.getByLabel('Tên quầy').fill('Quầy Sở Tư pháp');
    await choose(admin, 'Cơ quan', 'Sở Tư pháp');
    await saveModal(admin);

    // Every step of the guide is done, each with its count.
    await admin.goto('/admin/thiet-lap');
    await admin.getByText('Đã xong (1)').first().waitFor();
    expect(await admin.getByText(/Đã xong \(\d+\)/).count()).toBe(5);

    // The officer's first log-in: the temporary password opens only the page that changes it.
    const officer = await open();
    await logIn(officer, 'sotuphap.tiepnhan', temporary);
    await officer.getByTestId('must-change').waitFor();
    expect(new URL(officer.url()).pathname).toBe('/doi-mat-khau');
    await officer.getByLabel('Mật khẩu hiện tại').fill(temporary);
    await officer.getByLabel('Mật khẩu mới', { exact: true }).fill(NEW_PASSWORD);
    await officer.getByLabel('Nhập lại mật khẩu mới').fill(NEW_PASSWORD);
    await officer.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await officer.waitForURL((url) => url.pathname !== '/doi-mat-khau');

    await officer.goto('/reception');
    await officer.getByRole('heading', { level: 1, name: 'Tiếp nhận hồ sơ' }).waitFor();
    await officer.getByLabel('Tìm thủ tục').pressSequentially('chung thuc ban sao', { delay: 30 });
    await officer.locator('[data-testid="procedure-option"]').filter({ hasText: 'Chứng thực bản sao' }).waitFor();
    await officer.keyboard.press('Enter');
    await officer.getByTestId('chosen-procedure').waitFor();
    for (const row of await officer.locator('[data-testid="tick-row"][data-required="true"]').all())
      await row.getByTestId('tick-provided').check();
    await officer.getByLabel('Họ và tên', { exact: true }).fill('Trần Văn Công Dân');
    await officer.getByLabel('Số định danh cá nhân (CCCD)').fill('001090012345');
    await officer.getByLabel('Số điện thoại di động').fill('0987654321');
    await officer.getByLabel('Địa chỉ', { exact: true }).fill('Số 2 đường Trung tâm');
    await signInFromCounterBar(officer, 1);
    await officer.getByTestId('counter-current').waitFor();
    await officer.getByTestId('reception-submit').click();
    await officer.getByTestId('reception-outcome').waitFor();
    expect(await officer.getByTestId('reception-outcome').getAttribute('data-outcome')).toBe('received');
    const code = (await officer.getByTestId('received-code').textContent())!.trim();
    expect(code).toMatch(/^000\.00\.06\.A01-\d{6}-0001$/);
  });
});
