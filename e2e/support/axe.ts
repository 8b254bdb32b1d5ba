import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** axe-core's browser build, injected into the page as a script (it runs inside the page, on its document). */
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] };

/**
 * Runs axe-core on the page as it is now and throws when it finds a serious or critical violation (WCAG 2.1 AA is
 * the bar for public services): the error names the page (`label`), each rule, its impact and its first 3 targets.
 */
export async function expectNoSeriousAxeViolations(page: Page, label: string): Promise<void> {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  const serious = (violations as AxeViolation[]).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (serious.length === 0) return;
  const lines = serious.map((v) => {
    const targets = v.nodes.slice(0, 3).map((node) => JSON.stringify(node.target));
    return `- ${v.id} (${v.impact}): ${v.help}; ${v.nodes.length} node(s): ${targets.join(', ')}`;
  });
  throw new Error(`axe found serious or critical violations on ${label}:\n${lines.join('\n')}`);
}
