import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dayOfInstant, formatLocalDate } from '@motcua/core';
import { pdfText } from '../apps/server/src/test/pdf-text.ts';
import { browserSessions } from './support/sessions.ts';

/**
 * The first text column of the table whose header line names `header` and `nextHeader`, as `pdftotext -layout` lays
 * it out: a row per numbered line, the lines of a wrapped cell joined with spaces.
 */
function pdfTableColumn(text: string, header: string, nextHeader: string): string[] {
  const lines = text.split(/\n|\f/);
  const at = lines.findIndex((line) => line.includes(header) && line.includes(nextHeader));
  if (at < 0) throw new Error(`no table with the columns "${header}" and "${nextHeader}" in:\n${text}`);
  // Headers are centred over their columns, so the column's edges come from the first row: its number, then the
  // cell, then two spaces or more before the next column (pdftotext -layout keeps the columns apart).
  const row = /^(\s*\d+\s{2,})(.+?)(\s{2,})/;
  let column: { start: number; end: number } | undefined;
  const cells: string[] = [];
  for (const line of lines.slice(at + 1)) {
    if (line.trim() === '') {
      if (column) break;
      continue;
    }
    const m = row.exec(line);
    if (m) {
      column ??= { start: m[1]!.length, end: m[1]!.length + m[2]!.length + m[3]!.length };
      cells.push(line.slice(column.start, column.end).trim());
    } else if (column && cells.length > 0) {
      const part = line.slice(column.start, column.end).trim();
      if (part !== '') cells[cells.length - 1] += ` ${part}`;
    }
  }
  return cells;
}

const oneSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the procedure catalog in the browser', () => {
  const { newPage, signedIn } = browserSessions();

  const firstResultText = (page: Page, testId: string) =>
    page
      .getByTestId(testId)
      .first()
      .textContent()
      .then((text) => text ?? '');

  /** Types like a person (the box searches as one types) and waits until the first row is about passports. */
  const searchPassports = async (page: Page, box: string, testId: string) => {
    await page.getByRole('searchbox', { name: box }).pressSequentially('ho chieu', { delay: 40 });
    await page.waitForURL(/[?&]q=ho(\+|%20)chieu/);
    await page.waitForFunction(
      (id) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.includes('hộ chiếu'),
      testId,
    );
  };

  it('a citizen finds the passport procedure without diacritics, reads its documents and prints them', async () => {
    const page = await newPage();
    await page.goto('/');
    await page.getByRole('navigation').getByRole('link', { name: 'Thủ tục hành chính' }).click();
    await page.getByRole('heading', { level: 1, name: 'Thủ tục hành chính' }).waitFor();

    await searchPassports(page, 'Tìm thủ tục', 'procedure-result');
    expect((await firstResultText(page, 'procedure-result')).toLowerCase()).toContain('cấp hộ chiếu phổ thông');

    // The search is in the address: a shared link shows the same results.
    const shared = await newPage();
    await shared.goto(page.url());
    await shared.getByTestId('procedure-result').first().waitFor();
    expect(await shared.getByRole('searchbox', { name: 'Tìm thủ tục' }).inputValue()).toBe('ho chieu');
    expect((await firstResultText(shared, 'procedure-result')).toLowerCase()).toContain('cấp hộ chiếu phổ thông');
    await shared.close();

    await page.getByTestId('procedure-result').first().getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: /hộ chiếu phổ thông/ }).waitFor();
    const table = page.getByTestId('checklist-table');
    expect(await table.textContent()).toContain('Tờ khai');
    const names = (await page.getByTestId('checklist-item-name').allTextContents()).map(oneSpace);
    expect(names.length).toBeGreaterThan(1);
    expect(await page.getByTestId('procedure-time-limit').textContent()).toBe('8 ngày làm việc');
    expect(await page.getByTestId('steps').textContent()).toMatch(/Dự kiến hoàn thành sau \d+(,\d+)? ngày làm việc/);

    const link = page.getByTestId('checklist-pdf');
    expect(await link.textContent()).toContain('In danh mục hồ sơ');
    expect(await link.getAttribute('target')).toBe('_blank');
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/api\/v1\/procedures\/[\d.]+\/checklist\.pdf$/);
    const pdf = await page.request.get(new URL(href!, page.url()).toString());
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    const printed = pdfTableColumn(pdfText(await pdf.body()), 'Tên giấy tờ', 'Hình thức').map(oneSpace);
    expect(printed).toEqual(names);
    await page.close();
  });

  it('an admin renames a procedure from tomorrow: a second version, while today the old name is still in force', async () => {
    const page = await (await signedIn('admin')).newPage();
    await page.goto('/admin');
    await page.getByTestId('admin-catalog-link').click();
    await page.getByRole('heading', { level: 1, name: 'Quản lý danh mục thủ tục' }).waitFor();

    await searchPassports(page, 'Tìm thủ tục', 'admin-procedure-row');
    await page.getByTestId('admin-procedure-row').first().getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: /^Sửa thủ tục 1\.\d{6}$/ }).waitFor();
    const publicPath = new URL(page.url()).pathname.replace('/admin/catalog/', '/thu-tuc/');
    const rows = page.getByTestId('version-row');
    await rows.first().waitFor();
    const before = await rows.count();

    const name = page.getByLabel('Tên thủ tục');
    const oldName = oneSpace(await name.inputValue());
    expect(oldName.toLowerCase()).toContain('hộ chiếu');
    await name.fill(`${oldName} (sửa đổi)`);
    const tomorrow = formatLocalDate(dayOfInstant(Date.now()) + 1);
    expect(await page.getByLabel('Phiên bản mới có hiệu lực từ ngày').inputValue()).toBe(tomorrow);
    await page.getByRole('button', { name: 'Lưu phiên bản mới' }).click();
    await page.getByText(`Đã lưu phiên bản ${before + 1}`).waitFor();
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="version-row"]').length === n,
      before + 1,
    );
    expect(await rows.first().textContent()).toContain(`${oldName} (sửa đổi)`);

    // The new version opens read-only from the history.
    await page.getByRole('button', { name: `Xem phiên bản ${before + 1}` }).click();
    await page.getByTestId('version-view').getByText(`${oldName} (sửa đổi)`).first().waitFor();

    const citizen = await newPage();
    await citizen.goto(publicPath);
    await citizen.getByRole('heading', { level: 1 }).waitFor();
    expect(oneSpace((await citizen.getByRole('heading', { level: 1 }).textContent()) ?? '')).toBe(oldName);
    await citizen.close();
    await page.close();
  });
});
