import type { ReactNode } from 'react';

/**
 * A wide table's own sideways scroll on a narrow screen, the page staying in its width. It takes the keyboard's
 * focus so that the arrow keys scroll it when nothing inside can be focused, e.g. an empty table (WCAG 2.1.1,
 * axe: scrollable-region-focusable); named, as a region, by `label`.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="scroll-region" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
