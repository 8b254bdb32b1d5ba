import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser.ts';
import { useIdentityProvider } from './support/identity-provider.ts';
import { startServer, type RunningServer } from './support/server.ts';

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

  /** The citizen's log-in page's button; until the web offers it, the start's address opened directly. */
  async function startIdentityLogin(page: Page): Promise<void> {
    await page.goto('/dang-nhap');
    const button = page.getByTestId('identity-login');
    const offered = await button.waitFor({ timeout: 5_000 }).then(
      () => true,
      () => false,
    );
    if (offered) await button.click();
    else await page.goto('/api/v1/auth/identity/start?returnTo=/tai-khoan');
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

    // The profile route and the account page come with the accounts work of issue 18 (lead, web helper): until both
    // are merged the journey stops at the session; after, it checks what the citizen sees and what the API says.
    const profile = await page.request.get('/api/v1/my/profile');
    if (profile.status() !== 404) {
      expect(await profile.json()).toMatchObject({ identityVerified: true, cccd: PERSON.identityNumber });
      await page.getByTestId('identity-verified').waitFor();
    }
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
