import type { ReactNode } from "react";

/**
 * A wide table that scrolls inside its card on a phone. The region takes focus so keyboard users can
 * scroll it too (axe: scrollable-region-focusable); its label says what it holds.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section className="review-table-scroll" tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}
