import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { DossierStatus } from '@motcua/core';
import { pdfText } from '../../apps/server/src/test/pdf-text.ts';

export const oneSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The dossier page's status (`data-status` of its tag). */
export const statusOf = (page: Page) => page.getByTestId('dossier-status').first().getAttribute('data-status');

/** Opens a transition's form, lets `fill` complete it, sends it and waits for the state it leads to. */
export async function act(
  page: Page,
  transition: string,
  to: DossierStatus,
  fill?: (form: ReturnType<Page['getByTestId']>) => Promise<void>,
): Promise<void> {
  await page.getByTestId(`transition-${transition}`).click();
  const form = page.getByTestId(`transition-form-${transition}`);
  await form.waitFor();
  await fill?.(form);
  await page.getByTestId('transition-submit').click();
  await form.waitFor({ state: 'detached' });
  await page.waitForFunction(
    (status) => document.querySelector('[data-testid="dossier-status"]')?.getAttribute('data-status') === status,
    to,
  );
}

/** The PDF a print button opens in a new tab, fetched with the page's session: its bytes. */
export async function pdfBytesOf(page: Page, testId: string): Promise<Buffer> {
  const link = page.getByTestId(testId).first();
  expect(await link.getAttribute('target')).toBe('_blank');
  const href = await link.getAttribute('href');
  const answer = await page.request.get(new URL(href!, page.url()).toString());
  expect(answer.status()).toBe(200);
  expect(answer.headers()['content-type']).toContain('application/pdf');
  return answer.body();
}

/** The text of the PDF a print button opens, on one line. */
export const pdfOf = async (page: Page, testId: string): Promise<string> =>
  oneSpace(pdfText(await pdfBytesOf(page, testId)));
