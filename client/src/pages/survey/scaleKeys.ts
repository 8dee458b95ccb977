/**
 * Arrow keys on the 1–5 scale. Browsers wrap a radio group around its ends
 * (Left on "1" jumps to "not applicable", Right on it back to "1"); on a scale
 * that reads as a number line this is surprising, so the ends stop instead.
 * Between the ends the browser's own movement applies, which also selects.
 */
const BACK = new Set(['ArrowLeft', 'ArrowUp']);
const FORWARD = new Set(['ArrowRight', 'ArrowDown']);

/** Whether an arrow key pressed on option `index` of `count` would wrap around, and must be stopped. */
export function wouldWrap(key: string, index: number, count: number): boolean {
  return (BACK.has(key) && index <= 0) || (FORWARD.has(key) && index >= count - 1);
}
