import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe.ts';
import { DESKTOP, fitsTheWindow, openSettled, PHONE, settled } from './support/page-ready.ts';
import { browserSessions, signInAtCounter } from './support/sessions.ts';

/**
 * The officers' pages at desktop width (and the dossier's and delegations' at 375 px), as the demo's officers see
 * them: axe finds no serious or critical violation.
 * The statistics, operations, admin calendar and look-up result pages are checked by their own journeys.
 */
describe("the officers' pages in axe's eyes", () => {
  const { signedIn } = browserSessions();

  const pageOf = async (username: string) => {
    const context = await signedIn(username);
    const page = await context.newPage();
    await page.setViewportSize(DESKTOP);
    return page;
  };
  const axeAt = async (page: Page, path: string) => {
    await openSettled(page, path);
    await expectNoSeriousAxeViolations(page, path);
  };
  /** The same page at 375 px: narrow, its tables scroll in their own box, which the keyboard must reach. */
  const axeOnAPhone = async (page: Page, label: string) => {
    await page.setViewportSize(PHONE);
    await expectNoSeriousAxeViolations(page, `${label} at 375 px`);
  };

  it("the counter's reception, signed in at a counter", async () => {
    const page = await pageOf('congan.counter');
    await signInAtCounter(page.request);
    await openSettled(page, '/reception');
    await page.getByTestId('counter-current').waitFor();
    await expectNoSeriousAxeViolations(page, '/reception');
  });

  it("the appraiser's inbox, consultations and a dossier's page", async () => {
    const page = await pageOf('congan.appraiser');
    await axeAt(page, '/processing');
    await axeAt(page, '/processing/consultations');

    const { items } = (await (await page.request.get('/api/v1/dossiers')).json()) as { items: { id: string }[] };
    expect(items.length).toBeGreaterThan(0);
    await openSettled(page, `/dossiers/${items[0]!.id}`);
    await page.getByTestId('dossier-status').first().waitFor();
    await expectNoSeriousAxeViolations(page, 'a dossier page');
    await axeOnAPhone(page, 'a dossier page');
  });

  it("the head's delegations", async () => {
    const page = await pageOf('congan.head');
    await axeAt(page, '/processing/delegations');
    await axeOnAPhone(page, '/processing/delegations');
  });

  it("the head's personal-data access log shows the appraiser's view of a dossier, on a phone too", async () => {
    const appraiser = await pageOf('congan.appraiser');
    const { items } = (await (await appraiser.request.get('/api/v1/dossiers')).json()) as {
      items: { id: string; code: string }[];
    };
    const dossier = items[0]!;
    // The appraiser prints the receipt (the applicant's data in full): Decree 13/2023 wants the view logged.
    expect((await appraiser.request.get(`/api/v1/dossiers/${dossier.id}/forms/receipt.pdf`)).status()).toBe(200);

    const page = await pageOf('congan.head');
    await axeAt(page, '/operations/personal-data-access');
    const log = page.getByTestId('personal-data-access');
    await expect.poll(() => log.textContent()).toContain(dossier.code);
    await axeOnAPhone(page, '/operations/personal-data-access');
    expect(await fitsTheWindow(page), 'the access log scrolls sideways at 375 px').toBe(true);
  });

  it("the admin's home, catalog and a procedure's editor", async () => {
    const page = await pageOf('admin');
    await axeAt(page, '/admin');
    await axeAt(page, '/admin/catalog');
    await page.getByTestId('admin-procedure-row').first().getByRole('link').click();
    await page.waitForURL(/\/admin\/catalog\/.+/);
    await settled(page);
    await expectNoSeriousAxeViolations(page, 'a procedure in the admin catalog');
  });
});
