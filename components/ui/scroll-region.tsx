import type { ReactNode } from "react";

/**
 * A box that scrolls sideways when its content (a wide table) does not fit, reachable and named for keyboard
 * and screen-reader users (WCAG 2.1.1: a scrollable region must take focus; axe "scrollable-region-focusable").
 * `relative` keeps absolutely positioned content (an `sr-only` column header) inside the box, so it scrolls with
 * the table instead of widening the page on a phone.
 */
export function ScrollRegion({ label, className = "", children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div className={`relative overflow-x-auto ${className}`.trim()} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
