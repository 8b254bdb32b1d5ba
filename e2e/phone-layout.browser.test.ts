import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe.ts';
import { animationsDone, DESKTOP, fitsTheWindow, openSettled, PHONE } from './support/page-ready.ts';
import { passportProcedure } from './support/receptions.ts';
import { browserSessions } from './support/sessions.ts';

/** The menu of someone not signed in: the public areas (apps/web/src/components/areas.ts), in their order. */
const PUBLIC_MENU = ['Cổng công dân', 'Thủ tục hành chính', 'Tra cứu hồ sơ', 'Số liệu giải quyết', 'Lịch làm việc'];

const menuLinks = (page: Page) => page.getByRole('navigation', { name: 'Khu vực làm việc' }).getByRole('link');

/** The names of the menu's links a reader can see, opening the phone's drawer first when there is one. */
async function reachableMenu(page: Page): Promise<string[]> {
  const button = page.getByTestId('area-menu-button');
  if (await button.isVisible()) {
    await button.click();
    await page.locator('.ant-drawer-open').waitFor();
    await animationsDone(page);
  }
  const links = await menuLinks(page).all();
  const visible = await Promise.all(links.map(async (link) => ((await link.isVisible()) ? link.innerText() : null)));
  return visible.filter((name): name is string => name !== null).map((name) => name.trim());
}

describe('the citizen pages on a phone and on a desktop', () => {
  const { newPage } = browserSessions();

  it('no citizen page scrolls sideways at 375 px, each reaches every area, and axe finds nothing serious', async () => {
    const page = await newPage();
    const { code } = await passportProcedure(page.request);
    const paths = ['/', '/thu-tuc', `/thu-tuc/${encodeURIComponent(code)}`, '/tra-cuu', '/calendar', '/login'];
    for (const size of [PHONE, DESKTOP]) {
      await page.setViewportSize(size);
      for (const path of paths) {
        const label = `${path} at ${size.width} px`;
        await openSettled(page, path);
        expect(await fitsTheWindow(page), `${label} scrolls sideways`).toBe(true);
        await expectNoSeriousAxeViolations(page, label);
        expect(await reachableMenu(page), label).toEqual(PUBLIC_MENU);
        await expectNoSeriousAxeViolations(page, `${label}, menu open`);
      }
    }
  });

  it("on a phone the catalog's results and a procedure's documents are cards, and the menu's drawer leads on", async () => {
    const page = await newPage();
    await page.setViewportSize(PHONE);
    await openSettled(page, '/');
    await page.getByTestId('area-menu-button').click();
    await menuLinks(page).filter({ hasText: 'Thủ tục hành chính' }).click();
    await page.getByRole('heading', { level: 1, name: 'Thủ tục hành chính' }).waitFor();
    // Chosen, the drawer closes: the page is not left under it.
    await page.locator('.ant-drawer-open').waitFor({ state: 'detached' });

    const first = page.getByTestId('procedure-result').first();
    await first.waitFor();
    expect(await page.locator('table').count()).toBe(0);
    for (const fact of ['Mã thủ tục', 'Cơ quan', 'Lĩnh vực', 'Thời hạn', 'Trực tuyến']) {
      expect(await first.getByText(fact, { exact: true }).isVisible(), fact).toBe(true);
    }
    await first.getByRole('link').click();
    await page.getByTestId('checklist-item-name').first().waitFor();
    expect(await page.locator('table [data-testid="checklist-item-name"]').count()).toBe(0);
    const names = page.getByTestId('checklist-table').getByTestId('checklist-item-name');
    expect(await names.count()).toBeGreaterThan(1);
    expect(await fitsTheWindow(page)).toBe(true);
  });
});
