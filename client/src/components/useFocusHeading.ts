import { type RefObject, useEffect } from 'react';

/**
 * After a client-side navigation the layout moves focus to the new page's
 * h1, or to <main> while the page is still loading. This hands focus on to
 * the h1 once it is there, unless the reader has already moved on.
 */
export function useFocusHeading(heading: RefObject<HTMLElement | null>, ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const frame = requestAnimationFrame(() => {
      const active = document.activeElement;
      if (active && active === document.getElementById('main')) heading.current?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [heading, ready]);
}
