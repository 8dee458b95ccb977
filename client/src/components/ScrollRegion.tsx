import type { ReactNode } from 'react';

type Props = { children: ReactNode; className?: string } & (
  | { label: string; labelledBy?: undefined }
  | { labelledBy: string; label?: undefined }
);

/**
 * A wide table's sideways scroller: a named region that takes keyboard focus,
 * so that keyboard users can scroll it too (WCAG 2.1.1; axe scrollable-region-focusable).
 */
export function ScrollRegion({ children, className, label, labelledBy }: Props) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a <section> per table is not wanted; role region names the scroller
    <div
      className={className ? `table-scroll ${className}` : 'table-scroll'}
      role="region"
      aria-label={label}
      aria-labelledby={labelledBy}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable area must be reachable by keyboard
      tabIndex={0}
    >
      {children}
    </div>
  );
}
