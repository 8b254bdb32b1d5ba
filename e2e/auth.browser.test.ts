import { describe, expect, it } from 'vitest';
import { browserSessions, DEMO_PASSWORD } from './support/sessions.ts';

describe('signing in through the browser', () => {
  const { newPage } = browserSessions();

  const openLogin = async () => {
    const page = await newPage();
    await page.goto('/login');
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập cán bộ' }).waitFor();
    return page;
  };

  it('a counter officer signs in and lands in the reception area of their agency', async () => {
    const page = await openLogin();
    await page.getByLabel('Tên đăng nhập').fill('congan.counter');
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tiếp nhận hồ sơ' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/reception');
    expect(await page.getByTestId('area-agency').textContent()).toContain('Công an tỉnh');
    const areas = await page.getByRole('navigation').getByRole('link').allTextContents();
    expect(areas).toContain('Tiếp nhận');
    expect(areas).not.toContain('Quản trị');
    await page.close();
  });

  it('a wrong password shows the server message in Vietnamese', async () => {
    const page = await openLogin();
    await page.getByLabel('Tên đăng nhập').fill('congan.counter');
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    const alert = page.getByTestId('login-error');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Tên đăng nhập hoặc mật khẩu không đúng');
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.close();
  });

  it('the English switch shows English, server messages included', async () => {
    const page = await openLogin();
    await page.getByTestId('language-switch').getByText('English').click();
    await page.getByRole('heading', { level: 1, name: 'Officer sign-in' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByLabel('Username').fill('nobody');
    await page.getByLabel('Password').fill('wrong-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('login-error').waitFor();
    expect(await page.getByTestId('login-error').textContent()).toContain('Wrong username or password');
    await page.close();
  });

  it('a page the roles do not allow is refused, and signed-out users are sent to log in', async () => {
    const page = await newPage();
    await page.goto('/admin');
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập cán bộ' }).waitFor();
    await page.getByLabel('Tên đăng nhập').fill('gtvt.appraiser');
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { level: 1, name: 'Xử lý hồ sơ' }).waitFor();
    await page.goto('/admin');
    await page.getByRole('heading', { level: 1, name: 'Không có quyền truy cập' }).waitFor();
    await page.close();
  });
});
