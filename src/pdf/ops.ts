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

/**
 * SVG path data (absolute M, L, C, Q, Z only: what the symbol build writes) to PDF path
 * operators. Quadratic curves become cubic ones.
 */
export function pathOps(d: string): string {
  const tokens = d.match(/[A-DF-Za-df-z]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? [];
  const out: string[] = [];
  let i = 0;
  let cmd = '';
  let cx = 0;
  let cy = 0;
  let sx = 0;
  let sy = 0;
  const next = () => Number(tokens[i++]);
  while (i < tokens.length) {
    if (/[A-Za-z]/.test(tokens[i])) cmd = tokens[i++].toUpperCase();
    switch (cmd) {
      case 'M':
        cx = next();
        cy = next();
        sx = cx;
        sy = cy;
        out.push(`${num(cx)} ${num(cy)} m`);
        cmd = 'L'; // further pairs after M are lines
        break;
      case 'L':
        cx = next();
        cy = next();
        out.push(`${num(cx)} ${num(cy)} l`);
        break;
      case 'C': {
        const v = [next(), next(), next(), next(), next(), next()];
        cx = v[4];
        cy = v[5];
        out.push(`${v.map(num).join(' ')} c`);
        break;
      }
      case 'Q': {
        const [qx, qy, x, y] = [next(), next(), next(), next()];
        const c1x = cx + (2 / 3) * (qx - cx);
        const c1y = cy + (2 / 3) * (qy - cy);
        const c2x = x + (2 / 3) * (qx - x);
        const c2y = y + (2 / 3) * (qy - y);
        cx = x;
        cy = y;
        out.push(`${num(c1x)} ${num(c1y)} ${num(c2x)} ${num(c2y)} ${num(x)} ${num(y)} c`);
        break;
      }
      case 'Z':
        out.push('h');
        cx = sx;
        cy = sy;
        break;
      default:
        throw new Error(`Unsupported path command ${cmd}`);
    }
  }
  return out.join('\n');
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
