import type { Page } from 'playwright-core';

export const PHONE = { width: 375, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };

/** Waits for the page's h1 and for every spinner (Ant Design's, and the light `PageLoading`'s) and skeleton to be gone. */
export async function settled(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForFunction(() => document.querySelector('.ant-spin-spinning, .ant-skeleton, .page-spinner') === null);
}

/** Opens `path` and waits until it has settled. */
export async function openSettled(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await settled(page);
}

/** True when the page is no wider than the window: nothing to scroll sideways to. */
export const fitsTheWindow = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/**
 * Waits until no CSS transition or animation is running: axe measures colours as painted, and a drawer or a menu
 * item caught half-faded reads as low contrast (seen once in CI on the phone's menu).
 */
export async function animationsDone(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      // An endless one (a caret, a pulse) never ends: only the finite ones are waited for.
      .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
}
