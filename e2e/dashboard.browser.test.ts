import { randomUUID } from 'node:crypto';
import type { APIRequestContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe.ts';
import { browserSessions, DEMO_PASSWORD, signInAtCounter } from './support/sessions.ts';
import { completeTicks } from '../apps/server/src/test/complete-ticks.ts';

const APPLICANT = {
  kind: 'person',
  fullName: 'Phạm Văn Hải',
  cccd: '022090012345',
  phone: '0987 654 321',
  address: 'Phường Cẩm Phả, Quảng Ninh',
};
/** Shorter than the dashboard's own minute refresh: a figure that moves within it moved by the event stream. */
const LIVE_WITHIN_MS = 20_000;

/** The chunk the build makes of echarts (apps/web/src/components/chart/echarts-setup.ts), loaded on first use only. */
const ECHARTS_CHUNK = /\/assets\/echarts-setup-[^/]*\.js$/;

/** The requests of a page, from now on. */
function requestsOf(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** A complete passport dossier received at the Công an counter through the API, as the counter's screen would send it. */
async function receivePassport(api: APIRequestContext): Promise<string> {
  expect(
    (await api.post('/api/v1/auth/login', { data: { username: 'congan.counter', password: DEMO_PASSWORD } })).status(),
  ).toBe(200);
  await signInAtCounter(api);
  const found = await (await api.get('/api/v1/procedures?q=cap%20ho%20chieu')).json();
  const { procedure } = await (await api.get(`/api/v1/procedures/${encodeURIComponent(found.items[0].code)}`)).json();
  const ticks = completeTicks(procedure.checklist as { count: number; required: boolean }[]);
  const answer = await api.post('/api/v1/dossiers', {
    data: { procedureCode: procedure.code, applicant: APPLICANT, ticks, resultDelivery: 'counter' },
    headers: { 'Idempotency-Key': randomUUID() },
  });
  expect(answer.status()).toBe(201);
  const body = await answer.json();
  expect(body.outcome).toBe('received');
  return body.dossier.code as string;
}

describe("the leaders' pages in the browser", () => {
  const { server, browser, newContext } = browserSessions();
  /** A context signed in as `username` (or none), for the axe checks. */
  const axeContext = async (username?: string) => {
    const context = await browser().newContext({ baseURL: server().url });
    if (username) {
      const login = await context.request.post('/api/v1/auth/login', { data: { username, password: DEMO_PASSWORD } });
      expect(login.status()).toBe(200);
    }
    return context;
  };

  let director: Page;

  it('the dashboard counts a reception at the counter live, and its figure lists the new dossier', async () => {
    // The director signs in through the form and lands on the dashboard.
    director = await (await newContext()).newPage();
    await director.goto('/login');
    await director.getByLabel('Tên đăng nhập').fill('director');
    await director.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await director.getByRole('button', { name: 'Đăng nhập' }).click();
    await director.getByRole('heading', { level: 1, name: 'Bảng điều hành' }).waitFor();
    expect(new URL(director.url()).pathname).toBe('/operations');
    const card = director.getByTestId('card-received-today');
    await card.waitFor();
    expect(await card.textContent()).toContain('Tiếp nhận hôm nay');
    await director.locator('[data-testid="dashboard-live"][data-live="true"]').waitFor();
    expect(await director.getByTestId('dashboard-live').textContent()).toContain('Trực tiếp');
    const before = Number(await director.getByTestId('figure-received_today').getAttribute('data-value'));
    // A mark on the page's window: still there afterwards, the page was not loaded again.
    await director.evaluate(() => Object.assign(window, { motcuaNotReloaded: true }));

    const code = await receivePassport((await newContext()).request);

    await director.waitForFunction(
      (expected) =>
        document.querySelector('[data-testid="figure-received_today"]')?.getAttribute('data-value') ===
        String(expected),
      before + 1,
      { timeout: LIVE_WITHIN_MS },
    );
    expect(
      await director.evaluate(() => (window as unknown as { motcuaNotReloaded?: boolean }).motcuaNotReloaded),
    ).toBe(true);

    // The figure lists what it counts, newest first: the dossier just received is there, and opens.
    await director.getByTestId('figure-received_today').click();
    const row = director.locator(`[data-testid="drill-row"][data-code="${code}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Công an tỉnh');
    await row.getByTestId('drill-link').click();
    await director.getByTestId('dossier-code').filter({ hasText: code }).waitFor();
  });

  it('the dashboard draws the months that have data and says the moment of each figure', async () => {
    const page = await (await axeContext('director')).newPage();
    const requests = requestsOf(page);
    await page.goto('/operations');
    await page.getByTestId('dashboard-trend-chart').locator('svg').first().waitFor();
    expect(requests.some((url) => ECHARTS_CHUNK.test(url))).toBe(true);
    // The demo holds 60 working days: four months or so, not twelve with eight of zeros.
    const months = page.getByTestId('dashboard-trend').locator('tbody tr[data-row-key]');
    expect(await months.count()).toBeGreaterThan(1);
    expect(await months.count()).toBeLessThan(12);
    expect(Number((await months.first().locator('td').nth(1).textContent())!.replace(/\./g, ''))).toBeGreaterThan(0);
    const moment = /\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/;
    expect(await page.getByTestId('card-overdue-as-of').textContent()).toMatch(/^Tại thời điểm /);
    expect(await page.getByTestId('card-overdue-as-of').textContent()).toMatch(moment);
    expect(await page.getByTestId('card-received-today-as-of').textContent()).toMatch(/^Từ 0 giờ đến /);
    expect(await page.getByTestId('card-received-month-as-of').textContent()).toMatch(
      /^Từ ngày \d{2}\/\d{2}\/\d{4} đến /,
    );
    await expectNoSeriousAxeViolations(page, '/operations (director)');
  });

  it('Biểu II.06a shows its numbered columns and total row, and downloads the same query', async () => {
    await director.goto('/operations/reports/resolution');
    await director
      .getByRole('heading', { level: 1, name: 'Tình hình, kết quả giải quyết thủ tục hành chính' })
      .waitFor();
    const table = director.getByTestId('resolution-table');
    await director.getByTestId('resolution-row').first().waitFor();
    const headers = await table.locator('thead').textContent();
    for (const no of ['(1)', '(2)', '(3)', '(6)', '(7)', '(10)', '(11)', '(13)']) expect(headers).toContain(no);
    expect(await director.getByTestId('resolution-row').count()).toBeGreaterThan(1);
    expect(await director.getByTestId('resolution-total').textContent()).toContain('Tổng cộng');
    const href = (await director.getByTestId('report-xlsx').getAttribute('href'))!;
    const query = new URL(href, server().url).searchParams;
    expect(query.get('from')).toMatch(/^\d{4}-01-01$/);
    const xlsx = await director.request.get(new URL(href, server().url).toString());
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
    await expectNoSeriousAxeViolations(director, '/operations/reports/resolution');
  });

  it('the national index shows its groups out of 100', async () => {
    await director.goto('/operations/reports/national-index');
    await director.getByTestId('index-total').waitFor();
    expect(await director.getByTestId('index-total').textContent()).toMatch(/\/ 100 điểm/);
    await expectNoSeriousAxeViolations(director, '/operations/reports/national-index');
    expect(await director.getByTestId('index-group').count()).toBe(6);
  });

  it("the public page shows each agency's figures without signing in", async () => {
    const citizen = await (await newContext()).newPage();
    await citizen.goto('/');
    await citizen.getByTestId('portal-statistics-link').click();
    await citizen.getByRole('heading', { level: 1, name: 'Số liệu giải quyết hồ sơ' }).waitFor();
    await citizen.getByTestId('statistics-row').first().waitFor();
    expect(await citizen.getByTestId('statistics-table').textContent()).toContain('Công an tỉnh');
    expect(await citizen.getByTestId('statistics-total').textContent()).toContain('Toàn tỉnh');
  });

  it('the portal loads no chart library; the public page draws its chart and says when overdue is counted', async () => {
    const citizen = await (await axeContext()).newPage();
    const requests = requestsOf(citizen);
    await citizen.goto('/');
    await citizen.getByTestId('portal-statistics-link').waitFor();
    await citizen.waitForLoadState('networkidle');
    expect(requests.filter((url) => url.includes('echarts'))).toEqual([]);
    await citizen.getByTestId('portal-statistics-link').click();
    await citizen.getByTestId('statistics-chart').locator('svg').first().waitFor();
    expect(requests.some((url) => ECHARTS_CHUNK.test(url))).toBe(true);
    const to = await citizen.getByTestId('period-to').inputValue();
    const day = to.split('-').reverse().join('/');
    expect(await citizen.getByTestId('statistics-as-of').textContent()).toContain(`tính đến cuối ngày ${day}`);
    expect(await citizen.getByTestId('statistics-table').locator('thead').textContent()).toContain(
      `Đang quá hạntính đến cuối ngày ${day}`,
    );
    await expectNoSeriousAxeViolations(citizen, '/so-lieu');
  });

  it('on a phone the public page lists each agency as a card, without sideways scroll', async () => {
    const phone = await (await newContext()).newPage();
    await phone.setViewportSize({ width: 375, height: 800 });
    await phone.goto('/so-lieu');
    await phone.getByTestId('statistics-chart').locator('svg').first().waitFor();
    await phone.getByTestId('statistics-card').first().waitFor();
    expect(await phone.getByTestId('statistics-table').count()).toBe(0);
    expect(await phone.locator('[data-testid="statistics-card"][data-key="000.00.01.H49"]').textContent()).toContain(
      'Công an tỉnh',
    );
    expect(await phone.getByTestId('statistics-card-total').textContent()).toContain('Toàn tỉnh');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
