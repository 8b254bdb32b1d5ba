import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser.ts';
import { useIdentityProvider } from './support/identity-provider.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { DEMO_PASSWORD } from './support/sessions.ts';

const TEST_LABEL = 'NHÀ CUNG CẤP ĐỊNH DANH THỬ NGHIỆM';
const PERSON = { identityNumber: '001199012345', fullName: 'Phạm Thị Thử Nghiệm', birthDate: '15/06/1990' };

describe('the national identity log-in in the browser (DESIGN §15)', () => {
  const identity = useIdentityProvider();
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer(identity.env());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** The citizen's log-in page's button, labelled as a test provider's. */
  async function startIdentityLogin(page: Page): Promise<void> {
    await page.goto('/dang-nhap');
    await page.getByTestId('identity-login').click();
  }

  /** Submits the provider's form; where the app's callback sends the browser (the web's routes may move it on). */
  async function submit(page: Page): Promise<string> {
    const callback = page.waitForResponse((r) => r.url().includes('/api/v1/auth/identity/callback'));
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    const response = await callback;
    expect(response.status()).toBe(302);
    return response.headers()['location']!;
  }

  it('a citizen logs in at the test provider and lands on their verified account', async () => {
    const info = await (await fetch(`${server.url}/api/v1/auth/identity-provider`)).json();
    expect(info).toMatchObject({ enabled: true, label: 'VNeID' });

    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await startIdentityLogin(page);
    await page.getByTestId('test-provider-label').waitFor();
    expect(await page.getByTestId('test-provider-label').textContent()).toContain(TEST_LABEL);
    await page.getByLabel('Số định danh').fill(PERSON.identityNumber);
    await page.getByLabel('Họ và tên').fill(PERSON.fullName);
    await page.getByLabel('Ngày sinh').fill(PERSON.birthDate);
    expect(await submit(page)).toBe('/tai-khoan');
    await page.waitForLoadState();
    const me = await page.request.get('/api/v1/me');
    expect(me.status()).toBe(200);
    expect(await me.json()).toMatchObject({ fullName: PERSON.fullName, roles: ['citizen'] });

    const profile = await page.request.get('/api/v1/my/profile');
    expect(await profile.json()).toMatchObject({
      identityVerified: true,
      cccd: PERSON.identityNumber,
      hasPassword: false,
    });
    await page.getByTestId('identity-verified').waitFor();
    expect(new URL(page.url()).pathname).toBe('/tai-khoan');
    await context.close();
  });

  it('a citizen registered by e-mail links their account to the identity, and a second account cannot take it', async () => {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await context.request.post('/api/v1/auth/login', { data: { username: 'congdan.0002', password: DEMO_PASSWORD } });
    const before = await (await page.request.get('/api/v1/my/profile')).json();
    expect(before).toMatchObject({ identityVerified: false, hasPassword: true });
    await page.goto('/tai-khoan');
    await page.getByTestId('identity-link').click();
    await page.getByTestId('test-provider-label').waitFor();
    await page.getByLabel('Số định danh').fill(before.cccd);
    await page.getByLabel('Họ và tên').fill(before.fullName);
    await page.getByLabel('Ngày sinh').fill(before.birthDate.split('-').reverse().join('/'));
    expect(await submit(page)).toBe('/tai-khoan');
    await page.getByTestId('identity-verified').waitFor();
    const after = await (await page.request.get('/api/v1/my/profile')).json();
    expect(after).toMatchObject({ username: 'congdan.0002', identityVerified: true, cccd: before.cccd });

    // Another account signed in (congdan.0003) links the same number: refused, its page says why.
    const other = await browser.newContext({ baseURL: server.url });
    const third = await other.newPage();
    await other.request.post('/api/v1/auth/login', { data: { username: 'congdan.0003', password: DEMO_PASSWORD } });
    await third.goto('/tai-khoan');
    await third.getByTestId('identity-link').click();
    await third.getByLabel('Số định danh').fill(before.cccd);
    await third.getByLabel('Họ và tên').fill(before.fullName);
    await third.getByLabel('Ngày sinh').fill(before.birthDate.split('-').reverse().join('/'));
    expect(await submit(third)).toBe('/dang-nhap?loi=identity.linked_elsewhere');
    expect(await (await third.request.get('/api/v1/my/profile')).json()).toMatchObject({ identityVerified: false });
    await other.close();
    await context.close();
  });

  it('a refused answer sends the citizen back to the log-in page with the problem', async () => {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await startIdentityLogin(page);
    await page.getByLabel('Số định danh').fill('12345');
    await page.getByLabel('Số định danh').evaluate((input) => input.removeAttribute('pattern'));
    await page.getByLabel('Họ và tên').fill(PERSON.fullName);
    await page.getByLabel('Ngày sinh').fill(PERSON.birthDate);
    expect(await submit(page)).toBe('/dang-nhap?loi=identity.login_failed');
    expect((await page.request.get('/api/v1/me')).status()).toBe(401);
    await context.close();
  });
});
