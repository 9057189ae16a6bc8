/**
 * Keyboard paths through the editor: F6 (Shift+F6 back) moves between the toolbar, the symbol
 * library, the page and the side column; "/" goes to the symbol search. A key user needs 17
 * Tabs to reach the search box otherwise.
 */

/** The editor's regions, in the order F6 visits them. */
const REGIONS = ['.toolbar', 'nav.library', '.canvas-wrap', 'aside.side-column'];

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Moves focus to the next (or previous) region; true when it did. */
export function cycleRegion(root: ParentNode, backwards: boolean): boolean {
  const regions = REGIONS.map((s) => root.querySelector<HTMLElement>(s)).filter((r): r is HTMLElement => !!r);
  if (!regions.length) return false;
  const active = document.activeElement;
  const at = regions.findIndex((r) => r === active || r.contains(active));
  const next = regions[(at + (backwards ? -1 : 1) + regions.length) % regions.length];
  // a region that takes focus itself (the page, the side column) gets it; otherwise its first control
  const target = next.tabIndex >= 0 && next.matches('[tabindex]') ? next : (next.querySelector<HTMLElement>(FOCUSABLE) ?? next);
  target.focus();
  return document.activeElement === target;
}

/** Focuses the symbol search box; true when there is one. */
export function focusSearch(root: ParentNode): boolean {
  const box = root.querySelector<HTMLInputElement>('nav.library input[type="search"]');
  box?.focus();
  box?.select();
  return !!box;
}
