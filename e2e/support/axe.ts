import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

type AxeResult = { violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] };

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core on the page as it stands and fails on any violation of impact serious or critical, listing
 * each rule's id, impact, count and first 3 target selectors (`label` names the page in the message).
 */
export async function expectNoSeriousAxeViolations(page: Page, label: string): Promise<void> {
  // Evaluated through the DevTools protocol, not a <script> tag, which the app's CSP (script-src 'self') refuses.
  await page.evaluate(`${axeSource};\ntrue`);
  const result = await page.evaluate(
    () => (window as unknown as { axe: { run: () => Promise<AxeResult> } }).axe.run() as Promise<AxeResult>,
  );
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (serious.length === 0) return;
  const lines = serious.map((v) => {
    const targets = v.nodes.slice(0, 3).map((n) => n.target.join(' '));
    return `${v.id} (${v.impact}) ×${v.nodes.length}: ${targets.join(' | ')}`;
  });
  throw new Error(`axe found serious violations on ${label}:\n${lines.join('\n')}`);
}
