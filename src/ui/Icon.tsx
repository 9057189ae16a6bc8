/** Small line icons; always shown next to a text label, so they are hidden from screen readers. */
const PATHS: Record<string, string> = {
  plus: 'M12 5v14M5 12h14',
  open: 'M3 7h6l2 2h10v10H3z',
  save: 'M5 3h11l3 3v15H5zM8 3v6h8V3M8 21v-7h8v7',
  undo: 'M9 14L4 9l5-5M4 9h10a6 6 0 010 12h-3',
  redo: 'M15 14l5-5-5-5M20 9H10a6 6 0 000 12h3',
  text: 'M5 6V4h14v2M12 4v16M9 20h6',
  symtext: 'M4 4h6v6H4zM14 4h6v6h-6zM4 16h6M14 16h6M4 20h6M14 20h6',
  arrow: 'M4 12h15M13 6l6 6-6 6',
  rect: 'M4 6h16v12H4z',
  ellipse: 'M12 5c5 0 9 3 9 7s-4 7-9 7-9-3-9-7 4-7 9-7z',
  home: 'M3 11l9-8 9 8M5 10v10h14V10',
  photo: 'M3 6h18v13H3zM3 16l5-5 4 4 3-3 6 6M15 9a1 1 0 100 .1',
  pdf: 'M6 2h9l5 5v15H6zM14 2v6h6M9 14h6M9 18h6',
  zoomIn: 'M11 4a7 7 0 100 14 7 7 0 000-14zM21 21l-5-5M8 11h6M11 8v6',
  zoomOut: 'M11 4a7 7 0 100 14 7 7 0 000-14zM21 21l-5-5M8 11h6',
  fit: 'M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5',
  trash: 'M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13',
  copy: 'M8 8h12v12H8zM4 16V4h12',
  up: 'M12 19V5M6 11l6-6 6 6',
  down: 'M12 5v14M6 13l6 6 6-6',
  front: 'M4 14h10V4H4zM10 20h10V10',
  back: 'M10 20h10V10H10zM4 14V4h10',
};

/** Icons that point along the reading direction, mirrored in a right-to-left interface. */
const DIRECTIONAL = new Set(['undo', 'redo']);

export function Icon({ name }: { name: keyof typeof PATHS | string }) {
  return (
    <svg className={DIRECTIONAL.has(name) ? 'icon icon-directional' : 'icon'} viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path d={PATHS[name] ?? ''} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
