import { request, type APIRequestContext, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchChromium } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';

/** The demo password the e2e servers run with (DESIGN §11). */
export const DEMO_PASSWORD = 'motcua-demo';

/**
 * A demo server and Chromium for one describe block, both closed after it with every context opened
 * through here; `newPage` gives a page in a context of its own, where nobody is signed in, and `signedIn`
 * a context whose cookie is a log-in made through the API.
 */
export function browserSessions() {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  const newContext = async (): Promise<BrowserContext> => {
    const context = await browser.newContext({ baseURL: server.url });
    contexts.push(context);
    return context;
  };
  const newPage = async (): Promise<Page> => (await newContext()).newPage();
  const signedIn = async (username: string): Promise<BrowserContext> => {
    const context = await newContext();
    const login = await context.request.post('/api/v1/auth/login', { data: { username, password: DEMO_PASSWORD } });
    expect(login.status()).toBe(200);
    return context;
  };
  return { server: () => server, browser: () => browser, newContext, newPage, signedIn };
}

/** An API client of the server at `baseURL`, logged in as the demo's `username` (no browser: the process tests). */
export async function apiSignedIn(baseURL: string, username: string): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL, timeout: 20_000 });
  const login = await api.post('/api/v1/auth/login', { data: { username, password: DEMO_PASSWORD } });
  if (login.status() !== 200) throw new Error(`log-in ${username}: ${login.status()} ${await login.text()}`);
  return api;
}

/**
 * Signs the API's officer in at their agency's counter (DESIGN §2: a reception in person needs one), as the
 * counter's bar would; a shared desk when their agency has none free.
 */
export async function signInAtCounter(api: APIRequestContext): Promise<void> {
  const me = (await (await api.get('/api/v1/me')).json()) as { id: string; agency: { slug: string } | null };
  const { items } = (await (await api.get('/api/v1/counters')).json()) as {
    items: { id: string; agency: { slug: string } | null; occupant: { userId: string } | null }[];
  };
  const free = items.filter((c) => c.occupant === null || c.occupant.userId === me.id);
  const counter = free.find((c) => c.agency?.slug === me.agency?.slug) ?? free.find((c) => c.agency === null);
  expect(counter, 'a free counter').toBeDefined();
  expect((await api.post(`/api/v1/counters/${counter!.id}/session`, { data: {} })).status()).toBe(200);
}

/**
 * Chooses counter `number` in the reception page's counter bar from the keyboard (type to narrow the list, Enter
 * chooses) and asks to sign in there; the caller waits for the bar's answer.
 */
export async function signInFromCounterBar(page: Page, number: number): Promise<void> {
  const label = `Quầy số ${number} —`;
  await page.getByLabel('Chọn quầy').pressSequentially(label);
  // Enter chooses the first option shown: wait for the list (read from the server) to show it, or Enter chooses nothing.
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: label })
    .first()
    .waitFor();
  await page.keyboard.press('Enter');
  await page.getByTestId('counter-sign-in').click();
}

/**
 * The counter's procedure picker: the ordinary passport found as one types without diacritics, taken with Enter (the
 * best match comes first), and its checklist shown.
 */
export async function choosePassport(counter: Page): Promise<void> {
  await counter.getByLabel('Tìm thủ tục').pressSequentially('ho chieu pho thong', { delay: 30 });
  await counter.waitForFunction(() =>
    document
      .querySelector('[data-testid="procedure-option"]')
      ?.textContent?.includes('Cấp hộ chiếu phổ thông ở trong nước'),
  );
  await counter.keyboard.press('Enter');
  await counter.getByTestId('chosen-procedure').waitFor();
  await counter.getByTestId('tick-row').first().waitFor();
}
