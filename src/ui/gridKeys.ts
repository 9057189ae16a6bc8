/**
 * Arrow keys in a grid of symbol buttons (the library's results, favourites and recents):
 * left and right move one, up and down one row, Home and End to the ends. The arrows follow
 * the screen, so in a right-to-left interface right goes back.
 */
import type { KeyboardEvent } from 'react';

/** Handles a key in a grid whose items are `selector` buttons; call from the grid's onKeyDown. */
export function onGridKey(e: KeyboardEvent<HTMLElement>, selector = '.symbol-button'): void {
  const buttons = [...e.currentTarget.querySelectorAll<HTMLElement>(selector)];
  const at = buttons.indexOf(document.activeElement as HTMLElement);
  if (at < 0 || !buttons.length) return;
  const top = buttons[0].offsetTop;
  const columns = Math.max(1, buttons.filter((b) => b.offsetTop === top).length);
  const rtl = getComputedStyle(e.currentTarget).direction === 'rtl';
  const step: Record<string, number> = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1, ArrowDown: columns, ArrowUp: -columns };
  let next: number;
  if (Object.hasOwn(step, e.key)) next = at + step[e.key];
  else if (e.key === 'Home') next = 0;
  else if (e.key === 'End') next = buttons.length - 1;
  else return;
  e.preventDefault();
  buttons[Math.max(0, Math.min(buttons.length - 1, next))].focus();
}
