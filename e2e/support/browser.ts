import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium, never a downloaded browser; the flags keep it off this machine's closed network.
 * Playwright gives every launch a new empty user-data directory of its own (it refuses the flag).
 */
export const CHROMIUM = process.env.MOTCUA_CHROMIUM ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
