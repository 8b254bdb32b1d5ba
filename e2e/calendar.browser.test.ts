import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe.ts';
import { browserSessions } from './support/sessions.ts';

describe('the working calendar in the browser', () => {
  const { newPage, signedIn } = browserSessions();

  const day = (page: Page, date: string) => page.locator(`[data-date="${date}"]`);
  const kindOf = (page: Page, date: string) => day(page, date).getAttribute('data-kind');

  /** A new browser context, so nobody is signed in. */
  const openPublicCalendar = async (year: number) => {
    const page = await newPage();
    await page.goto(`/calendar?year=${year}`);
    await page.getByRole('heading', { level: 1, name: 'Lịch làm việc' }).waitFor();
    await day(page, `${year}-12-31`).waitFor();
    return page;
  };

  it('the public calendar of 2025 shows the notice: Tết off, Saturday 26 April worked', async () => {
    const page = await newPage();
    await page.goto('/');
    await page.getByRole('navigation').getByRole('link', { name: 'Lịch làm việc' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lịch làm việc' }).waitFor();
    await page.close();

    const calendar = await openPublicCalendar(2025);
    expect(await kindOf(calendar, '2025-04-26')).toBe('saturday-worked');
    await calendar.getByRole('cell', { name: /^Thứ Bảy 26\/04\/2025, làm bù/ }).waitFor();
    expect(await kindOf(calendar, '2025-01-29')).toBe('holiday');
    expect(await day(calendar, '2025-01-29').getAttribute('title')).toContain('Tết');
    expect(await kindOf(calendar, '2025-05-02')).toBe('holiday');
    expect(await kindOf(calendar, '2025-05-03')).toBe('weekend');
    expect(await kindOf(calendar, '2025-05-05')).toBe('working');
    expect(await calendar.getByTestId('count-weekdays-off').textContent()).toContain('12');
    expect(await calendar.getByTestId('office-hours').textContent()).toContain('07:30 – 11:30');
    await calendar.close();
  });

  it('an admin marks Saturday 13 March 2027 worked; the public calendar then shows it', async () => {
    const before = await openPublicCalendar(2027);
    expect(await kindOf(before, '2027-03-13')).toBe('weekend');
    await before.close();

    const admin = await (await signedIn('admin')).newPage();
    await admin.goto('/admin/calendar?year=2027');
    await admin.getByRole('heading', { level: 1, name: 'Quản lý lịch làm việc' }).waitFor();
    await day(admin, '2027-03-13').click();
    await admin.getByRole('dialog').getByRole('button', { name: 'Đánh dấu làm bù' }).click();
    await admin.locator('[data-date="2027-03-13"][data-kind="saturday-worked"][data-changed]').waitFor();

    // An empty reference is refused by the server, which names the field.
    await admin.getByLabel('Số hiệu thông báo').fill('');
    await admin.getByRole('button', { name: 'Lưu thông báo' }).click();
    await admin.getByTestId('notice-errors').waitFor();
    expect(await admin.getByTestId('notice-errors').textContent()).toContain('Số hiệu thông báo');

    await admin.getByLabel('Số hiệu thông báo').fill('Thông báo thử nghiệm lịch nghỉ năm 2027');
    await admin.getByRole('button', { name: 'Lưu thông báo' }).click();
    await admin.getByText('Đã lưu thông báo năm 2027').waitFor();
    await admin.locator('[data-date="2027-03-13"][data-kind="saturday-worked"]:not([data-changed])').waitFor();
    await admin.getByTestId('calendar-audit').getByText('Nhập thông báo').waitFor();

    const after = await openPublicCalendar(2027);
    expect(await kindOf(after, '2027-03-13')).toBe('saturday-worked');
    expect(await after.getByTestId('notice-reference').textContent()).toContain(
      'Thông báo thử nghiệm lịch nghỉ năm 2027',
    );
    await after.close();

    // Back to the defaults: the Saturday is a weekend day again.
    await admin.getByRole('button', { name: 'Khôi phục mặc định' }).click();
    await admin.getByRole('tooltip').getByRole('button', { name: 'Khôi phục' }).click();
    await admin.getByText('Đã khôi phục lịch mặc định năm 2027').waitFor();
    await admin.locator('[data-date="2027-03-13"][data-kind="weekend"]').waitFor();
    await admin.close();
  });

  it('an admin adds 24 November from 2026 as a holiday rule; the day is then off; no serious axe violation', async () => {
    const admin = await (await signedIn('admin')).newPage();
    await admin.goto('/admin/calendar?year=2026');
    await admin.getByRole('heading', { level: 1, name: 'Quản lý lịch làm việc' }).waitFor();
    await day(admin, '2026-12-31').waitFor();
    expect(await kindOf(admin, '2026-11-24')).toBe('working');
    await expectNoSeriousAxeViolations(admin, '/admin/calendar');

    const rules = admin.getByTestId('holiday-rules');
    await rules.getByRole('button', { name: 'Thêm ngày lễ' }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByLabel('Mã quy tắc').fill('ngay-van-hoa');
    await dialog.getByLabel('Tên ngày lễ').fill('Ngày Văn hóa Việt Nam');
    await dialog.getByLabel('Căn cứ').fill('Bộ luật Lao động (thử nghiệm)');
    await dialog.getByLabel('Ngày', { exact: true }).fill('24');
    await dialog.getByLabel('Tháng').fill('11');
    await dialog.getByLabel('Hiệu lực từ ngày').fill('2026-01-01');
    await dialog.getByRole('button', { name: 'Lưu ngày lễ' }).click();
    await admin.getByText('Đã lưu ngày lễ Ngày Văn hóa Việt Nam').waitFor();
    await rules.getByRole('cell', { name: 'Dương lịch 24/11, 1 ngày' }).waitFor();
    await admin.locator('[data-date="2026-11-24"][data-kind="holiday"]').waitFor();
    expect(await day(admin, '2026-11-24').getByRole('button').getAttribute('title')).toBe('Ngày Văn hóa Việt Nam');
    await admin.getByTestId('calendar-audit').getByText('Thêm ngày lễ').waitFor();
    await admin.close();

    const after = await openPublicCalendar(2026);
    expect(await kindOf(after, '2026-11-24')).toBe('holiday');
    expect(await kindOf(after, '2026-11-23')).toBe('working');
    await expectNoSeriousAxeViolations(after, '/calendar');
    await after.close();
  });
});
