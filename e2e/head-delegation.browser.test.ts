import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { foldText } from '@motcua/core';
import { browserSessions } from './support/sessions.ts';
import { receiveWithScan } from './support/receptions.ts';
import { vietnamMoment } from './support/moments.ts';

describe('the agency head delegates an absent officer’s work and reassigns a dossier, in the browser', () => {
  const { signedIn: signIn } = browserSessions();

  /** Opens a select's list unless it is open already (a second click would close it). */
  const open = async (page: Page, label: string) => {
    const box = page.getByRole('combobox', { name: label });
    if ((await box.getAttribute('aria-expanded')) !== 'true') await box.click();
    await expect.poll(() => box.getAttribute('aria-expanded')).toBe('true');
    return box;
  };
  const visibleOptions = (page: Page) => page.locator('.ant-select-dropdown:visible .ant-select-item-option');

  const formItem = (page: Page, label: string) =>
    page.locator('.ant-form-item', { has: page.getByRole('combobox', { name: label }) });

  /** Picks an officer in a searchable select by log-in name, and waits until the select shows them. */
  const pick = async (page: Page, label: string, username: string, fullName: string) => {
    await (await open(page, label)).fill(username);
    const option = visibleOptions(page).filter({ hasText: fullName });
    await option.waitFor();
    await option.click();
    // A click that lands while the filtered list redraws selects nothing: the form would then refuse to submit.
    await expect.poll(() => formItem(page, label).textContent()).toContain(fullName);
  };

  /** Waits for a submitted form to go; if it stays, fails with what it says (a field's message, the server's problem). */
  const submitted = async (page: Page, form: Locator) => {
    try {
      await form.waitFor({ state: 'detached' });
    } catch (error) {
      const problems = await page
        .locator('[data-testid="command-error"], [data-testid="version-conflict"]')
        .allTextContents();
      throw new Error(`the form stayed open: ${await form.textContent()} | ${problems.join(' | ')}`, { cause: error });
    }
  };

  it('offers only who can stand in, delegates the head’s own absence, reassigns with the picker and cancels', async () => {
    const dossier = await receiveWithScan((await signIn('congan.counter')).request);
    const headContext = await signIn('congan.head');
    const officers = (await (await headContext.request.get('/api/v1/officers')).json()).items as {
      username: string;
      fullName: string;
    }[];
    const name = (username: string) => officers.find((o) => o.username === username)!.fullName;
    const [head, appraiser, approver, deputy] = ['head', 'appraiser', 'approver', 'deputy'].map((r) =>
      name(`congan.${r}`),
    ) as [string, string, string, string];
    const page = await headContext.newPage();

    // The head reaches "Phân công thay" from the processing area; appraisers do not see the link.
    await page.goto('/processing');
    await page.getByTestId('processing-nav-delegations').click();
    await page.getByRole('heading', { level: 1, name: 'Phân công thay' }).waitFor();
    const until = vietnamMoment(3);

    // For the absent appraiser the form offers only who can stand in: the deputy, not the head, who does not appraise.
    await pick(page, 'Cán bộ vắng mặt', 'congan.appraiser', appraiser);
    await open(page, 'Cán bộ xử lý thay');
    await expect
      .poll(() => visibleOptions(page).allTextContents())
      .toEqual([`${deputy} — tiếp nhận, thẩm định, phê duyệt`]);
    await page.keyboard.press('Escape');
    // A delegate chosen for someone else goes when the absent officer changes to one they cannot stand in for.
    await pick(page, 'Cán bộ vắng mặt', 'congan.head', head);
    await pick(page, 'Cán bộ xử lý thay', 'congan.counter', name('congan.counter'));
    await pick(page, 'Cán bộ vắng mặt', 'congan.appraiser', appraiser);
    await expect.poll(() => formItem(page, 'Cán bộ xử lý thay').textContent()).not.toContain(name('congan.counter'));
    await page.getByLabel('Đến hết').fill(until.typed);
    await page.getByLabel('Lý do vắng mặt').fill('Đi công tác tại Hà Nội');

    // Pickers find a name typed without diacritics (core's foldText), as the catalog search does.
    await (await open(page, 'Cán bộ vắng mặt')).fill(foldText(head));
    await visibleOptions(page).filter({ hasText: head }).waitFor();
    expect(foldText(head)).not.toBe(head.toLowerCase());

    // The head's own absence goes to the approver: listed as active, and the picker says who stands in.
    await pick(page, 'Cán bộ vắng mặt', 'congan.head', head);
    await pick(page, 'Cán bộ xử lý thay', 'congan.approver', approver);
    await page.getByTestId('delegation-submit').click();
    const row = page.getByTestId('delegation-row').filter({ hasText: 'Đi công tác tại Hà Nội' });
    await row.waitFor();
    expect(await row.getByTestId('delegation-status').textContent()).toBe('Đang hiệu lực');
    expect(await row.textContent()).toContain(`${head}${approver}`);
    expect(await page.getByTestId('command-error').count()).toBe(0);
    await open(page, 'Cán bộ vắng mặt');
    // The list of officers is read again after the delegation: wait for the new answer.
    const away = visibleOptions(page).filter({ hasText: 'xử lý thay' }).filter({ hasText: head });
    await away.waitFor();
    expect(await away.textContent()).toBe(
      `${head} — lãnh đạo cơ quan (vắng đến ${until.shown}, do ${approver} xử lý thay)`,
    );
    await page.keyboard.press('Escape');

    // On the dossier, "Giao lại cán bộ xử lý" offers the agency's appraisers by name, not an id to type.
    await page.goto(`/dossiers/${dossier.id}`);
    await page.getByTestId('dossier-code').filter({ hasText: dossier.code }).waitFor();
    const scan = page.getByTestId('document-link');
    await scan.waitFor();
    expect(await scan.textContent()).toBe('To-khai-ho-chieu.pdf');
    expect(await page.getByTestId('dossier-documents').textContent()).toContain('Bản chụp, bản quét');
    const download = await page.request.get(new URL((await scan.getAttribute('href'))!, page.url()).toString());
    expect(download.headers()['content-type']).toContain('application/pdf');
    await page.getByTestId('transition-reassign').click();
    const form = page.getByTestId('transition-form-reassign');
    await form.waitFor();
    await open(page, 'Cán bộ được giao xử lý');
    // The deputy appraises too (demo-people.ts); the list is by name.
    await expect
      .poll(async () => (await visibleOptions(page).allTextContents()).sort())
      .toEqual([appraiser, deputy].sort());
    await pick(page, 'Cán bộ được giao xử lý', 'congan.appraiser', appraiser);
    await page.getByTestId('transition-submit').click();
    await submitted(page, form);
    await page.locator('[data-testid="timeline-entry"][data-transition="reassign"]').waitFor();
    expect(await page.getByTestId('dossier-facts').textContent()).toContain(appraiser);

    // Cancelled, the delegation stays listed as such.
    await page.goto('/processing/delegations');
    await row.getByTestId('delegation-cancel').click();
    await page.getByRole('button', { name: 'Hủy phân công', exact: true }).click();
    await row.locator('[data-testid="delegation-status"][data-status="cancelled"]').waitFor();
    expect(await row.getByTestId('delegation-status').textContent()).toBe('Đã hủy');
    expect(await row.getByTestId('delegation-cancel').count()).toBe(0);
  });

  it('hands the absent appraiser’s work to the deputy: listed as active, and the deputy sees the dossiers', async () => {
    const headContext = await signIn('congan.head');
    const officers = (await (await headContext.request.get('/api/v1/officers')).json()).items as {
      username: string;
      fullName: string;
    }[];
    const name = (username: string) => officers.find((o) => o.username === username)!.fullName;
    const [appraiser, deputy] = [name('congan.appraiser'), name('congan.deputy')];
    const mine = async (username: string) => {
      const api = (await signIn(username)).request;
      return (await (await api.get('/api/v1/dossiers?mine=true&pageSize=1')).json()) as {
        items: { code: string }[];
        total: number;
      };
    };
    // The demo's dossiers in appraisal are the appraiser's; the deputy has none of their own.
    const work = await mine('congan.appraiser');
    expect(work.total).toBeGreaterThan(0);
    expect((await mine('congan.deputy')).total).toBe(0);

    const page = await headContext.newPage();
    await page.goto('/processing/delegations');
    await pick(page, 'Cán bộ vắng mặt', 'congan.appraiser', appraiser);
    await pick(page, 'Cán bộ xử lý thay', 'congan.deputy', deputy);
    await page.getByLabel('Đến hết').fill(vietnamMoment(5).typed);
    await page.getByLabel('Lý do vắng mặt').fill('Nghỉ phép năm');
    await page.getByTestId('delegation-submit').click();
    const row = page.getByTestId('delegation-row').filter({ hasText: 'Nghỉ phép năm' });
    await row.waitFor();
    expect(await row.getByTestId('delegation-status').textContent()).toBe('Đang hiệu lực');
    expect(await row.textContent()).toContain(`${appraiser}${deputy}`);
    expect(await page.getByTestId('command-error').count()).toBe(0);

    // The deputy's "mine" now carries the appraiser's dossiers, in the inbox they open.
    expect((await mine('congan.deputy')).total).toBe(work.total);
    const code = work.items[0]!.code;
    const inbox = await (await signIn('congan.deputy')).newPage();
    await inbox.goto(`/processing?mine=true&q=${encodeURIComponent(code)}`);
    await inbox.locator(`[data-testid="dossier-row"][data-code="${code}"]`).waitFor();
  });
});
