/** Building PDF content-stream text: numbers, colours and path operators. */

/** A number as PDF writes it: at most 3 decimals, no trailing zeros. */
export function num(n: number): string {
  if (!Number.isFinite(n)) return '0';
  const s = (Math.round(n * 1000) / 1000).toString();
  return s === '-0' ? '0' : s;
}

/** `#rrggbb` → `r g b` in 0–1. */
export function rgb(hex: string): string {
  const v = parseInt(hex.slice(1), 16);
  return `${num(((v >> 16) & 255) / 255)} ${num(((v >> 8) & 255) / 255)} ${num((v & 255) / 255)}`;
}

/** Bézier constant for quarter circles. */
const K = 0.5522847498;

export function ellipseOps(x: number, y: number, w: number, h: number): string {
  const rx = w / 2;
  const ry = h / 2;
  const cx = x + rx;
  const cy = y + ry;
  const ox = rx * K;
  const oy = ry * K;
  return [
    `${num(cx - rx)} ${num(cy)} m`,
    `${num(cx - rx)} ${num(cy - oy)} ${num(cx - ox)} ${num(cy - ry)} ${num(cx)} ${num(cy - ry)} c`,
    `${num(cx + ox)} ${num(cy - ry)} ${num(cx + rx)} ${num(cy - oy)} ${num(cx + rx)} ${num(cy)} c`,
    `${num(cx + rx)} ${num(cy + oy)} ${num(cx + ox)} ${num(cy + ry)} ${num(cx)} ${num(cy + ry)} c`,
    `${num(cx - ox)} ${num(cy + ry)} ${num(cx - rx)} ${num(cy + oy)} ${num(cx - rx)} ${num(cy)} c`,
    'h',
  ].join('\n');
}

export function roundRectOps(x: number, y: number, w: number, h: number, r: number): string {
  if (!r) return `${num(x)} ${num(y)} ${num(w)} ${num(h)} re`;
  const rr = Math.min(r, Math.abs(w) / 2, Math.abs(h) / 2);
  const o = rr * (1 - K);
  const x2 = x + w;
  const y2 = y + h;
  return [
    `${num(x + rr)} ${num(y)} m`,
    `${num(x2 - rr)} ${num(y)} l`,
    `${num(x2 - o)} ${num(y)} ${num(x2)} ${num(y + o)} ${num(x2)} ${num(y + rr)} c`,
    `${num(x2)} ${num(y2 - rr)} l`,
    `${num(x2)} ${num(y2 - o)} ${num(x2 - o)} ${num(y2)} ${num(x2 - rr)} ${num(y2)} c`,
    `${num(x + rr)} ${num(y2)} l`,
    `${num(x + o)} ${num(y2)} ${num(x)} ${num(y2 - o)} ${num(x)} ${num(y2 - rr)} c`,
    `${num(x)} ${num(y + rr)} l`,
    `${num(x)} ${num(y + o)} ${num(x + o)} ${num(y)} ${num(x + rr)} ${num(y)} c`,
    'h',
  ].join('\n');
}

/** Matrix for a rotation by `deg` degrees clockwise on a y-down page. */
export function rotationMatrix(deg: number): string {
  const r = (deg * Math.PI) / 180;
  const c = Math.cos(r);
  const s = Math.sin(r);
  return `${num(c)} ${num(s)} ${num(-s)} ${num(c)} 0 0 cm`;
}
