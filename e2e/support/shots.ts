import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DESKTOP, fitsTheWindow, PHONE, settled } from './page-ready.ts';

/** Where a journey's screenshots go, to be looked at by a person; none are taken unless it is set. */
const SHOTS_DIR = process.env.MOTCUA_SHOTS;

/**
 * Screenshots of the page as it stands at desktop width and at 375 px (`<name>-desktop.png`, `<name>-phone.png`),
 * the window put back to desktop width after; nothing when `MOTCUA_SHOTS` is unset.
 */
export async function shootBoth(page: Page, name: string): Promise<void> {
  if (!SHOTS_DIR) return;
  mkdirSync(SHOTS_DIR, { recursive: true });
  for (const [size, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    await page.setViewportSize(viewport);
    await settled(page);
    await page.screenshot({ path: join(SHOTS_DIR, `${name}-${size}.png`), fullPage: true });
  }
}

/** True when the page, laid out at 375 px, is no wider than the phone; the window is put back to desktop width. */
export async function fitsAPhone(page: Page): Promise<boolean> {
  await page.setViewportSize(PHONE);
  await settled(page);
  const fits = await fitsTheWindow(page);
  await page.setViewportSize(DESKTOP);
  return fits;
}
