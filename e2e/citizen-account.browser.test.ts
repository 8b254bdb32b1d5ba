import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe.ts';
import { launchChromium } from './support/browser.ts';
import { fitsTheWindow, openSettled, PHONE, DESKTOP } from './support/page-ready.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { shootBoth } from './support/shots.ts';
import { startSmtpSink } from './support/smtp-sink.ts';

const FULL_NAME = 'Trần Thị Hạnh';
const PASSWORD = 'đồi thông hai mộ 1990';
const NEW_PASSWORD = 'sóng vỗ Bãi Cháy 2026';

/** The six-digit code of a mail (its subject carries it, its text too). */
const codeOf = (text: string): string => {
  const code = /\b(\d{6})\b/.exec(text)?.[1];
  if (!code) throw new Error(`no code in: ${text}`);
  return code;
};

describe('a citizen registers, verifies the e-mail, signs in and resets the password (issue 18)', () => {
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let server: RunningServer;
  let browser: Browser;
  // A fresh address and CCCD per run: the demo copy is fresh too, but a rerun must not meet its own account.
  const email = `hanh.${Date.now()}@example.vn`;
  const cccd = `022${String(Date.now()).slice(-9)}`;

  beforeAll(async () => {
    sink = await startSmtpSink();
    server = await startServer({ MOTCUA_SMTP_URL: sink.url });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await sink?.close();
  });

  const newPage = async (): Promise<Page> => (await browser.newContext({ baseURL: server.url })).newPage();

  const signIn = async (page: Page, username: string, password: string) => {
    await openSettled(page, '/dang-nhap');
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập công dân' }).waitFor();
    await page.getByLabel('E-mail hoặc tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
    await page.getByTestId('login-submit').click();
  };

  const signOut = async (page: Page) => {
    await page.getByRole('button', { name: 'Đăng xuất' }).first().click();
    await page.waitForURL((url) => url.pathname === '/dang-nhap');
  };

  it('registers at /dang-ky with the mailed code and lands on the account', async () => {
    const page = await newPage();
    await openSettled(page, '/dang-ky');
    await expectNoSeriousAxeViolations(page, '/dang-ky');
    await page.setViewportSize(PHONE);
    expect(await fitsTheWindow(page), '/dang-ky at 375 px scrolls sideways').toBe(true);
    await page.setViewportSize(DESKTOP);
    await shootBoth(page, 'register');

    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Nhập lại mật khẩu').fill(PASSWORD);
    await page.getByLabel('Họ và tên').fill(FULL_NAME);
    await page.getByLabel('Số CCCD / định danh cá nhân').fill(cccd);
    await page.getByLabel('Ngày sinh').fill('1990-05-12');
    await page.getByLabel('Số điện thoại di động').fill('0912345678');
    await page.getByLabel('Địa chỉ').fill('Tổ 5, phường Bãi Cháy, Hạ Long, Quảng Ninh');
    await page.getByTestId('register-submit').click();
    await page.getByTestId('code-sent').waitFor();
    expect(await page.getByTestId('code-sent').textContent()).toContain(email);

    const mail = await sink.waitForMessage(email);
    expect(mail.subject).toContain('Mã xác minh');
    const code = codeOf(mail.subject);
    expect(mail.text).toContain(code);

    // A wrong code first: the server's words, in Vietnamese.
    const wrong = code === '000000' ? '111111' : '000000';
    await page.getByLabel('Mã xác minh (6 chữ số)').fill(wrong);
    await page.getByTestId('code-submit').click();
    await page.getByTestId('code-error').waitFor();
    expect(await page.getByTestId('code-error').textContent()).toContain('Mã xác minh không đúng');

    await page.getByLabel('Mã xác minh (6 chữ số)').fill(code);
    await page.getByTestId('code-submit').click();
    await page.waitForURL((url) => url.pathname === '/tai-khoan');
    await page.getByRole('heading', { level: 1, name: 'Tài khoản của tôi' }).waitFor();
    expect(await page.getByTestId('profile-name').textContent()).toBe(FULL_NAME);
    expect(await page.getByTestId('user-name').textContent()).toContain(FULL_NAME);
    expect(await page.getByTestId('sessions').textContent()).toContain('Phiên này');
    await page.setViewportSize(PHONE);
    expect(await fitsTheWindow(page), '/tai-khoan at 375 px scrolls sideways').toBe(true);
    await page.setViewportSize(DESKTOP);
    await expectNoSeriousAxeViolations(page, '/tai-khoan');
    await shootBoth(page, 'account');

    await signOut(page);
    await signIn(page, email, PASSWORD);
    // Signed out from the account, signed in back to it (a fresh sign-in lands on "Hồ sơ của tôi", issue 19).
    await page.waitForURL((url) => url.pathname === '/tai-khoan');
    await page.getByTestId('profile-name').waitFor();
    await signOut(page);
    await page.context().close();
  });

  it('resets a forgotten password with the mailed code: the new one signs in, the old one no longer', async () => {
    const page = await newPage();
    await openSettled(page, '/dang-nhap');
    await page.getByRole('link', { name: 'Quên mật khẩu?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Quên mật khẩu' }).waitFor();
    await page.getByLabel('E-mail').fill(email);
    await page.getByTestId('reset-send').click();
    await page.getByTestId('code-sent').waitFor();
    // The registration's mail was the first to this address.
    const mail = await sink.waitForMessage(email, 1);
    expect(mail.subject).toContain('Mã đặt lại mật khẩu');
    await page.getByLabel('Mã xác minh (6 chữ số)').fill(codeOf(mail.subject));
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Nhập lại mật khẩu mới').fill(NEW_PASSWORD);
    await page.getByTestId('code-submit').click();
    await page.getByTestId('reset-done').waitFor();
    await shootBoth(page, 'reset-done');

    await signIn(page, email, PASSWORD);
    await page.getByTestId('login-error').waitFor();
    expect(await page.getByTestId('login-error').textContent()).toContain('không đúng');

    await page.getByLabel('Mật khẩu', { exact: true }).fill(NEW_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((url) => url.pathname === '/ho-so-cua-toi');
    await openSettled(page, '/tai-khoan');
    expect(await page.getByTestId('profile-name').textContent()).toBe(FULL_NAME);
    await page.context().close();
  });

  it('sends a signed-out visitor of /tai-khoan to the citizens’ sign-in, and a demo citizen back there', async () => {
    const page = await newPage();
    // A failed national identity log-in comes back with its problem code: the page says it in words.
    await openSettled(page, '/dang-nhap?loi=identity.linked_elsewhere');
    expect(await page.getByTestId('identity-failure').textContent()).toContain(
      'Số định danh này đã gắn với một tài khoản khác',
    );
    await expectNoSeriousAxeViolations(page, '/dang-nhap');
    await shootBoth(page, 'citizen-login');
    await page.goto('/tai-khoan');
    await page.waitForURL((url) => url.pathname === '/dang-nhap');
    await signIn(page, 'congdan.0001', 'motcua-demo');
    await page.waitForURL((url) => url.pathname === '/tai-khoan');
    // The demo's congdan.0001 logged in once with the national identity (DESIGN §11): its name is the state's.
    await page.getByTestId('identity-verified').waitFor();
    await page.getByTestId('profile-edit').click();
    expect(await page.getByLabel('Họ và tên').getAttribute('readonly')).not.toBeNull();
    expect(await page.getByLabel('Số điện thoại di động').getAttribute('readonly')).toBeNull();
    await page.context().close();
  });

  it('edits the profile, signs out the other sessions and deletes the account, which then signs in no more', async () => {
    const elsewhere = await browser.newContext({ baseURL: server.url });
    const login = { data: { username: 'congdan.0002', password: 'motcua-demo' } };
    expect((await elsewhere.request.post('/api/v1/auth/login', login)).status()).toBe(200);
    const page = await newPage();
    await signIn(page, 'congdan.0002', 'motcua-demo');
    await page.waitForURL((url) => url.pathname === '/ho-so-cua-toi');
    await openSettled(page, '/tai-khoan');

    await page.getByTestId('profile-edit').click();
    await page.getByLabel('Số điện thoại di động').fill('0987 654 321');
    await page.getByTestId('profile-save').click();
    await page.getByTestId('profile-edit').waitFor();
    expect(await page.getByText('0987654321').count()).toBe(1);

    const sessions = page.getByTestId('sessions').locator('li');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="sessions"] li').length >= 2);
    await page.getByTestId('sign-out-others').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="sessions"] li').length === 1);
    expect(await sessions.first().textContent()).toContain('Phiên này');
    expect((await elsewhere.request.get('/api/v1/me')).status()).toBe(401);
    await elsewhere.close();

    await page.getByTestId('delete-account').click();
    const dialog = page.getByRole('dialog', { name: 'Xóa tài khoản?' });
    expect(await dialog.textContent()).toContain('vẫn được lưu giữ');
    await dialog.getByLabel('Nhập mật khẩu để xác nhận').fill('motcua-demo');
    await dialog.getByRole('button', { name: 'Xóa vĩnh viễn' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    expect(await page.getByTestId('user-name').count()).toBe(0);
    await signIn(page, 'congdan.0002', 'motcua-demo');
    await page.getByTestId('login-error').waitFor();
    await page.context().close();
  });
});
